<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddByIdentifierDialog</name>
        <message numerus="yes">
            <location filename="../../ui/papers/add_dialog.py" line="87" />
            <source>Adds %n paper(s): </source>
            <translation>
                <numerusform>Adds %n paper: </numerusform>
                <numerusform>Adds %n papers: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/add_dialog.py" line="108" />
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveActions</name>
        <message numerus="yes">
            <location filename="../../ui/archive/actions.py" line="89" />
            <source>%n of the papers added were translated before: View → Translation Memory (F7) shows the earlier Chinese, Ctrl+Shift+M accepts it</source>
            <translation>
                <numerusform>%n of the papers added were translated before: View → Translation Memory (F7) shows the earlier Chinese, Ctrl+Shift+M accepts it</numerusform>
                <numerusform>%n of the papers added were translated before: View → Translation Memory (F7) shows the earlier Chinese, Ctrl+Shift+M accepts it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveSearchDialog</name>
        <message numerus="yes">
            <location filename="../../ui/archive/search_dialog.py" line="171" />
            <source>%n paper(s) in %1</source>
            <translation>
                <numerusform>%n paper in %1</numerusform>
                <numerusform>%n papers in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/archive/search_dialog.py" line="172" />
            <source>%n digest(s)</source>
            <translation>
                <numerusform>%n digest</numerusform>
                <numerusform>%n digests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountsLabel</name>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="32" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n paper</numerusform>
                <numerusform>%n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="35" />
            <source>%1 of %n paper(s) shown</source>
            <translation>
                <numerusform>%1 of %n paper shown</numerusform>
                <numerusform>%1 of %n papers shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="38" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n reviewed</numerusform>
                <numerusform>%n reviewed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="39" />
            <source>%n drafted</source>
            <translation>
                <numerusform>%n drafted</numerusform>
                <numerusform>%n drafted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="43" />
            <source>%n to review</source>
            <translation>
                <numerusform>%n to review</numerusform>
                <numerusform>%n to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeletionFeedback</name>
        <message numerus="yes">
            <location filename="../../ui/papers/deletion.py" line="54" />
            <source>Deleted %n paper(s)</source>
            <translation>
                <numerusform>Deleted %n paper</numerusform>
                <numerusform>Deleted %n papers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftActions</name>
        <message numerus="yes">
            <location filename="../../ui/drafts/actions.py" line="135" />
            <source>Drafted %n paper(s)</source>
            <translation>
                <numerusform>Drafted %n paper</numerusform>
                <numerusform>Drafted %n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/drafts/actions.py" line="137" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorPlaceholder</name>
        <message numerus="yes">
            <location filename="../../ui/editor/placeholder.py" line="49" />
            <source>The filter hides the digest's %n paper(s).</source>
            <translation>
                <numerusform>The filter hides the digest's %n paper.</numerusform>
                <numerusform>The filter hides the digest's %n papers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FetchStatus</name>
        <message numerus="yes">
            <location filename="../../ui/arxiv/fetch_status.py" line="116" />
            <source>Fetched %n paper(s) from arXiv</source>
            <translation>
                <numerusform>Fetched %n paper from arXiv</numerusform>
                <numerusform>Fetched %n papers from arXiv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/fetch_status.py" line="118" />
            <source>%n failed (see the red marks in the list; F5 tries again)</source>
            <translation>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
                <numerusform>%n failed (see the red marks in the list; F5 tries again)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="170" />
            <source>Opened %1 (%n paper(s))</source>
            <translation>
                <numerusform>Opened %1 (%n paper)</numerusform>
                <numerusform>Opened %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="214" />
            <source>Imported %1 (%n paper(s))</source>
            <translation>
                <numerusform>Imported %1 (%n paper)</numerusform>
                <numerusform>Imported %1 (%n papers)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="401" />
            <source>Copied the digest (%n paper(s)) as Markdown</source>
            <translation>
                <numerusform>Copied the digest (%n paper) as Markdown</numerusform>
                <numerusform>Copied the digest (%n papers) as Markdown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="422" />
            <source>Copied the digest (%n paper(s)) for WeChat</source>
            <translation>
                <numerusform>Copied the digest (%n paper) for WeChat</numerusform>
                <numerusform>Copied the digest (%n papers) for WeChat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="424" />
            <source>Copied the digest (%n paper(s)) for Zhihu</source>
            <translation>
                <numerusform>Copied the digest (%n paper) for Zhihu</numerusform>
                <numerusform>Copied the digest (%n papers) for Zhihu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="202" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="204" />
            <source>More than %n result(s)</source>
            <translation>
                <numerusform>More than %n result</numerusform>
                <numerusform>More than %n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="315" />
            <source>Replaced %n occurrence(s) in %1; Undo takes them all back</source>
            <translation>
                <numerusform>Replaced %n occurrence in %1; Undo takes them all back</numerusform>
                <numerusform>Replaced %n occurrences in %1; Undo takes them all back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="316" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryActions</name>
        <message numerus="yes">
            <location filename="../../ui/glossary/actions.py" line="32" />
            <source>The glossary has %n term(s)</source>
            <translation>
                <numerusform>The glossary has %n term</numerusform>
                <numerusform>The glossary has %n terms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="216" />
            <source>Imported %n term(s) from %1</source>
            <translation>
                <numerusform>Imported %n term from %1</numerusform>
                <numerusform>Imported %n terms from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="218" />
            <source> (%n replaced)</source>
            <translation>
                <numerusform> (%n replaced)</numerusform>
                <numerusform> (%n replaced)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="239" />
            <source>Exported %n term(s) to %1</source>
            <translation>
                <numerusform>Exported %n term to %1</numerusform>
                <numerusform>Exported %n terms to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingActions</name>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_actions.py" line="89" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>Added %n paper</numerusform>
                <numerusform>Added %n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_actions.py" line="91" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>skipped %n already in the digest: </numerusform>
                <numerusform>skipped %n already in the digest: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingDialog</name>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_dialog.py" line="293" />
            <source>%n announcement(s) in %1</source>
            <translation>
                <numerusform>%n announcement in %1</numerusform>
                <numerusform>%n announcements in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_dialog.py" line="368" />
            <source>&amp;Add (%n)</source>
            <translation>
                <numerusform>&amp;Add (%n)</numerusform>
                <numerusform>&amp;Add (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperAdder</name>
        <message numerus="yes">
            <location filename="../../ui/papers/adding.py" line="66" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>Added %n paper</numerusform>
                <numerusform>Added %n papers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/adding.py" line="69" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>skipped %n already in the digest: </numerusform>
                <numerusform>skipped %n already in the digest: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message numerus="yes">
            <location filename="../../ui/editor/paper_editor.py" line="306" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PublishActions</name>
        <message numerus="yes">
            <location filename="../../ui/document/publishing.py" line="77" />
            <source>Published %1: %2 (%n issue(s) in the index)</source>
            <translation>
                <numerusform>Published %1: %2 (%n issue in the index)</numerusform>
                <numerusform>Published %1: %2 (%n issues in the index)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewActions</name>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="51" />
            <source>All %n paper(s) are reviewed.</source>
            <translation>
                <numerusform>All %n paper are reviewed.</numerusform>
                <numerusform>All %n papers are reviewed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="54" />
            <source>Every paper the filter shows is reviewed; %n hidden paper(s) are not.</source>
            <translation>
                <numerusform>Every paper the filter shows is reviewed; %n hidden paper are not.</numerusform>
                <numerusform>Every paper the filter shows is reviewed; %n hidden papers are not.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="57" />
            <source>%n paper(s) left to review</source>
            <translation>
                <numerusform>%n paper left to review</numerusform>
                <numerusform>%n papers left to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_CountsWording</name>
        <message numerus="yes">
            <location filename="../../ui/quality/messages.py" line="111" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/messages.py" line="112" />
            <source>%n empty field(s)</source>
            <translation>
                <numerusform>%n empty field</numerusform>
                <numerusform>%n empty fields</numerusform>
            </translation>
        </message>
    </context>
</TS>
