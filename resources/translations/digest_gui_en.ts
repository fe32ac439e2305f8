<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>FileActions</name>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="106" />
            <source>Opened %1 (%n paper(s))</source>
            <translation>
                <numerusform>Opened %1 (%n paper)</numerusform>
                <numerusform>Opened %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="127" />
            <source>Imported %1 (%n paper(s))</source>
            <translation>
                <numerusform>Imported %1 (%n paper)</numerusform>
                <numerusform>Imported %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="230" />
            <source>Copied the digest (%n paper(s)) as Markdown</source>
            <translation>
                <numerusform>Copied the digest (%n paper) as Markdown</numerusform>
                <numerusform>Copied the digest (%n papers) as Markdown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingDialog</name>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="302" />
            <source>%n announcement(s) in %1</source>
            <translation>
                <numerusform>%n announcement in %1</numerusform>
                <numerusform>%n announcements in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="400" />
            <source>&amp;Add (%n)</source>
            <translation>
                <numerusform>&amp;Add (%n)</numerusform>
                <numerusform>&amp;Add (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="310" />
            <source>Fetched %n paper(s) from arXiv</source>
            <translation>
                <numerusform>Fetched %n paper from arXiv</numerusform>
                <numerusform>Fetched %n papers from arXiv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="312" />
            <source>%n failed (see the red marks in the list; F5 tries again)</source>
            <translation>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="351" />
            <location filename="../../digest_gui/ui/main_window.py" line="384" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>Added %n paper</numerusform>
                <numerusform>Added %n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="353" />
            <location filename="../../digest_gui/ui/main_window.py" line="387" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>skipped %n already in the digest: </numerusform>
                <numerusform>skipped %n already in the digest: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="429" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n paper</numerusform>
                <numerusform>%n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="431" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n reviewed</numerusform>
                <numerusform>%n reviewed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="433" />
            <source>%n without Chinese</source>
            <translation>
                <numerusform>%n without Chinese</numerusform>
                <numerusform>%n without Chinese</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="364" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="384" />
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
