; Inno Setup script: the Windows installer of pocplanner (Start-menu entry, uninstaller).
;
; On a Windows build machine with Python 3.11 and Inno Setup 6:
;   py -3.11 dev.py package                     -> dist\pocplanner\ (and its self-test)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\pocplanner.iss
; gives dist\pocplanner-setup-<version>.exe, to copy on a USB stick.
; Installs per user (no administrator rights needed on locked-down field laptops).

#define AppName "pocplanner"
#define AppVersion "0.1.0"

[Setup]
AppId={{6A0C2F7E-3E0B-4C57-9B1E-52C6B1A5D0F1}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=pocplanner
DefaultDirName={localappdata}\Programs\pocplanner
DefaultGroupName=pocplanner
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=pocplanner-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\pocplanner.ico
UninstallDisplayIcon={app}\pocplanner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\pocplanner\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\pocplanner"; Filename: "{app}\pocplanner.exe"
Name: "{group}\{cm:UninstallProgram,pocplanner}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\pocplanner"; Filename: "{app}\pocplanner.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\pocplanner.exe"; Description: "{cm:LaunchProgram,pocplanner}"; Flags: nowait postinstall skipifsilent

; The plans stay in %LOCALAPPDATA%\pocplanner when pocplanner is uninstalled.
