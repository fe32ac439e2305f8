<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>FetchController</name>
        <message>
            <location filename="../../digest_gui/ui/fetch.py" line="177" />
            <source>Fetch %1 from arXiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/fetch.py" line="181" />
            <source>Fetching stopped: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="80" />
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="102" />
            <source>Cannot open the project</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="106" />
            <source>Opened %1 (%n paper(s))</source>
            <translation>
                <numerusform>Opened %1 (%n paper)</numerusform>
                <numerusform>Opened %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="124" />
            <source>Cannot import the digest</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="127" />
            <source>Imported %1 (%n paper(s))</source>
            <translation>
                <numerusform>Imported %1 (%n paper)</numerusform>
                <numerusform>Imported %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="131" />
            <source>Imported with remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="154" />
            <source>digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="158" />
            <source>Save Project As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="160" />
            <source>digest-gui projects (*.digest);;JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="173" />
            <source>Cannot save the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="177" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="184" />
            <source>Cannot reload the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="186" />
            <source>Reloaded %1 from disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="198" />
            <source>Export Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="198" />
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="202" />
            <location filename="../../digest_gui/ui/file_actions.py" line="216" />
            <source>Cannot export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="206" />
            <source>Export HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="206" />
            <source>Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="224" />
            <source>Exported %1</source>
            <translation type="unfinished" />
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
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="213" />
            <source>Import from arXiv Listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="214" />
            <source>&amp;Categories:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="215" />
            <source>e.g. cs.LG, cs.CV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="216" />
            <source>arXiv categories, separated by commas or spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="217" />
            <source>&amp;Fetch Today's Listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="218" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="219" />
            <source>Filter by title, author, abstract or arXiv id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="221" />
            <source>First announcements of papers in these categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="222" />
            <source>New papers of other categories, cross-listed here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="223" />
            <source>New versions of papers of these categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="224" />
            <source>New versions of cross-listed papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="228" />
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="229" />
            <source>Select &amp;None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="230" />
            <source>Tick every paper shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="231" />
            <source>Untick every paper shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="269" />
            <source>Fetching the listings of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="277" />
            <location filename="../../digest_gui/ui/listing_dialog.py" line="326" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="306" />
            <source>%n announcement(s) in %1</source>
            <translation>
                <numerusform>%n announcement in %1</numerusform>
                <numerusform>%n announcements in %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="312" />
            <source>No announcements today: arXiv announces nothing on weekends and holidays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="392" />
            <source>%1 of %2 shown</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="403" />
            <source>&amp;Add (%n)</source>
            <translation>
                <numerusform>&amp;Add (%n)</numerusform>
                <numerusform>&amp;Add (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingModel</name>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="112" />
            <source>arXiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="113" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="114" />
            <source>Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="115" />
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="116" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="161" />
            <source>in digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="176" />
            <source>Already in the digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="182" />
            <source>Primary category: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="204" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="205" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="206" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="207" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="208" />
            <source>&amp;Import Digest Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="209" />
            <source>&amp;Export Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="210" />
            <source>Export &amp;HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="211" />
            <source>&amp;Copy Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="212" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="213" />
            <source>&amp;Paste arXiv Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="214" />
            <source>&amp;Delete Papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="215" />
            <source>&amp;Filter Papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="216" />
            <source>Mark &amp;Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="217" />
            <source>&amp;Next Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="218" />
            <source>&amp;Previous Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="219" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="220" />
            <source>Move Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="221" />
            <source>Preview &amp;Selected Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="222" />
            <source>Preview &amp;Whole Digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="223" />
            <source>&amp;About digest-gui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="224" />
            <source>&amp;Fetch from arXiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="225" />
            <source>Fetch All &amp;Missing or Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="226" />
            <source>Import from arXiv &amp;Listing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="227" />
            <source>Pre&amp;ferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="231" />
            <source>System Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="234" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="235" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="236" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="237" />
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="238" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="239" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="240" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="241" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="242" />
            <source>Fetching %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="304" />
            <source>Fetched %n paper(s) from arXiv</source>
            <translation>
                <numerusform>Fetched %n paper from arXiv</numerusform>
                <numerusform>Fetched %n papers from arXiv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="306" />
            <source>%n failed (see the red marks in the list; F5 tries again)</source>
            <translation>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="318" />
            <location filename="../../digest_gui/ui/main_window.py" line="347" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>Added %n paper</numerusform>
                <numerusform>Added %n papers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="342" />
            <source>No arXiv links or ids found in what was dropped</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="350" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>skipped %n already in the digest: </numerusform>
                <numerusform>skipped %n already in the digest: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="392" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n paper</numerusform>
                <numerusform>%n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="394" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n reviewed</numerusform>
                <numerusform>%n reviewed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="396" />
            <source>%n without Chinese</source>
            <translation>
                <numerusform>%n without Chinese</numerusform>
                <numerusform>%n without Chinese</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="425" />
            <source>About digest-gui</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="186" />
            <source>No paper selected.

Drop arXiv links here or paste them with Ctrl+Shift+V.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="189" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="190" />
            <source>中文</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="192" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="193" />
            <source>Title (Chinese)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="194" />
            <source>One-line summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="195" />
            <source>Abstract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="196" />
            <source>Abstract translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="200" />
            <source>The summary is one sentence in Chinese; it goes into the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="202" />
            <location filename="../../digest_gui/ui/editor.py" line="306" />
            <source>English title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="203" />
            <source>中文标题</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="204" />
            <source>一句话总结</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="205" />
            <location filename="../../digest_gui/ui/editor.py" line="307" />
            <source>English abstract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="206" />
            <source>摘要翻译</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="211" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="212" />
            <source>Fetched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="213" />
            <source>Drafted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="214" />
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="218" />
            <source>Mark reviewed (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="219" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="220" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="221" />
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="308" />
            <source>version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="309" />
            <source>authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="310" />
            <source>comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="311" />
            <source>categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="322" />
            <source>arXiv has a newer version (v%1) with changes to: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="325" />
            <source>arXiv's text differs from yours in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="339" />
            <source>Yours: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="341" />
            <source>arXiv: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="346" />
            <source>Changes on arXiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="351" />
            <source>Accept arXiv's Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="356" />
            <source>Ignore arXiv's Changes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="364" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="370" />
            <source>(no arXiv id)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="384" />
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="398" />
            <source>Not fetched from arXiv yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaperListPane</name>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="45" />
            <source>New: not fetched yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="46" />
            <source>Fetched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="47" />
            <source>Drafted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="48" />
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="56" />
            <source>中文标题</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="57" />
            <source>一句话总结</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="58" />
            <source>摘要翻译</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="110" />
            <source>Waiting to be fetched from arXiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="112" />
            <source>Fetching from arXiv…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="115" />
            <source>Fetch failed: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="125" />
            <source>Missing: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="118" />
            <source>Filter (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="119" />
            <source>Shows the papers that contain all these words, in any language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="120" />
            <source>&amp;Copy Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="121" />
            <source>Mark &amp;Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="122" />
            <source>Mark &amp;Drafted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="123" />
            <source>Mark &amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="124" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="125" />
            <source>Move Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="126" />
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="128" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="128" />
            <source>中文</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="29" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="38" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="41" />
            <source>arXiv API address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="42" />
            <source>arXiv listings address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="43" />
            <source>Time between requests:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="46" />
            <source>arXiv's terms of use ask for at least 3 seconds between requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="49" />
            <source>%1 is set and takes precedence.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="63" />
            <source>Selected paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="64" />
            <source>Preview the selected paper only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="65" />
            <source>Whole digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="66" />
            <source>Preview the whole digest, scrolled to the selected paper</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../digest_gui/ui/preview_view.py" line="106" />
            <source>Select a paper to preview it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <location filename="../../digest_gui/ui/project.py" line="87" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/project.py" line="152" />
            <source>the project has no file name yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <location filename="../../digest_gui/ui/about.py" line="26" />
            <source>Write bilingual (English/Chinese) digests of arXiv papers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="47" />
            <source>Example digest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="66" />
            <source>Cannot restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="109" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="110" />
            <source>%1. Your unsaved work is kept; details are in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="24" />
            <source>Typing in English Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="25" />
            <source>Typing in Chinese Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="26" />
            <source>Typing in Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="27" />
            <source>Typing in English Abstract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="28" />
            <source>Typing in Abstract Translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="30" />
            <source>Typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="71" />
            <source>Status Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="107" />
            <source>Add Papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="123" />
            <source>Delete Papers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="141" />
            <source>Move Papers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="23" />
            <source>digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="31" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="39" />
            <source>Import Digest Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="41" />
            <source>Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="56" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="57" />
            <source>Save the changes to “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="59" />
            <source>Your changes are lost if you don't save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="79" />
            <source>File changed on disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="81" />
            <source>“%1” was changed by another program since you opened it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="86" />
            <source>Save your version under another name, overwrite the other changes, or reload the file and drop your unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="93" />
            <source>Save As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="96" />
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="98" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="116" />
            <source>Restore unsaved changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="118" />
            <source>digest-gui closed without saving your changes to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="123" />
            <source>The last changes were kept at %1. Restore them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="128" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="131" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="133" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
