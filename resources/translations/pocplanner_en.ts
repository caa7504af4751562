<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AdvisoryPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseTools</name>
    <message numerus="yes">
        <source>%n backup(s) could not be re-encrypted and were left as they were.</source>
        <translation>
            <numerusform>%n backup could not be re-encrypted and was left as it was.</numerusform>
            <numerusform>%n backups could not be re-encrypted and were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message numerus="yes">
        <source>%n row(s) could not be read and were skipped (see the details).</source>
        <translation>
            <numerusform>%n row could not be read and were skipped (see the details).</numerusform>
            <numerusform>%n rows could not be read and were skipped (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>&lt;b style=color:#b71c1c&gt;Not ready to be final&lt;/b&gt;: %n error(s) to fix.</source>
        <translation>
            <numerusform>&lt;b style=color:#b71c1c&gt;Not ready to be final&lt;/b&gt;: %n error to fix.</numerusform>
            <numerusform>&lt;b style=color:#b71c1c&gt;Not ready to be final&lt;/b&gt;: %n errors to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to weigh.</source>
        <translation>
            <numerusform>%n warning to weigh.</numerusform>
            <numerusform>%n warnings to weigh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatsPage</name>
    <message numerus="yes">
        <source>%n threat(s), highest risk first</source>
        <translation>
            <numerusform>%n threat, highest risk first</numerusform>
            <numerusform>%n threats, highest risk first</numerusform>
        </translation>
    </message>
</context>
</TS>