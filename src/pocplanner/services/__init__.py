"""The application's operations, without Qt: what the command line and the desktop app both
do (open the library, import, export, restore, change the passphrase, print). Each edge
shows the results and the UserErrors' messages in its own language; see
docs/architecture.md."""
