<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/menu_bar.py" line="37" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="98" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="99" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="100" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="104" />
            <source>&amp;Import Digest Markdown…</source>
            <translation>导入摘要 Markdown(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="106" />
            <source>Import from arXiv &amp;Listing…</source>
            <translation>从 arXiv 每日列表导入(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="70" />
            <source>&amp;Markdown (.md)…</source>
            <translation>Markdown(&amp;M) (.md)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="71" />
            <source>&amp;HTML Page (.html)…</source>
            <translation>HTML 网页(&amp;H) (.html)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>&amp;WeChat HTML (.html)…</source>
            <translation>微信公众号 HTML(&amp;W) (.html)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>&amp;Zhihu HTML (.html)…</source>
            <translation>知乎 HTML(&amp;Z) (.html)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="101" />
            <source>Add by I&amp;dentifier…</source>
            <translation>按编号添加(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Add papers by typing or pasting arXiv ids or links</source>
            <translation>输入或粘贴 arXiv 编号或链接来添加论文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>Import Folder into &amp;Archive…</source>
            <translation>将文件夹导入存档(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="109" />
            <source>Add a folder of past digests to the archive</source>
            <translation>把一个文件夹里的往期摘要加入存档</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Rebuild Archive</source>
            <translation>重建存档</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="111" />
            <source>Make the archive again from its digests and projects</source>
            <translation>根据存档收录的摘要和项目重新建立存档</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="112" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="114" />
            <source>&amp;Publish…</source>
            <translation>发布(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="115" />
            <source>Write the day's issue, the RSS feed and the index into a folder</source>
            <translation>把当天的一期、RSS 订阅源和索引写入文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="117" />
            <source>Protect &amp;Math for GitHub</source>
            <translation>为 GitHub 保护公式(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="119" />
            <source>Export formulas as $`…`$, which GitHub's Markdown leaves whole</source>
            <translation>将公式导出为 $`…`$ 形式，GitHub 的 Markdown 不会改动它</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="121" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/menu_bar.py" line="38" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="124" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="125" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="126" />
            <source>Copy &amp;As</source>
            <translation>复制为(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="127" />
            <source>&amp;Markdown</source>
            <translation>Markdown(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="128" />
            <source>&amp;WeChat</source>
            <translation>微信公众号(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="129" />
            <source>Copy rich text to paste into the WeChat Official Account editor</source>
            <translation>复制富文本，粘贴到微信公众号编辑器</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="131" />
            <source>&amp;Zhihu</source>
            <translation>知乎(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="132" />
            <source>Copy rich text to paste into the Zhihu editor</source>
            <translation>复制富文本，粘贴到知乎编辑器</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="134" />
            <source>&amp;Paste arXiv Links</source>
            <translation>粘贴 arXiv 链接(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="138" />
            <source>&amp;Delete Papers</source>
            <translation>删除论文(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="140" />
            <source>&amp;Filter Papers</source>
            <translation>筛选论文(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="141" />
            <source>Find and &amp;Replace…</source>
            <translation>查找和替换(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="143" />
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="144" />
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="145" />
            <source>Search &amp;Archive…</source>
            <translation>搜索存档(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="147" />
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/menu_bar.py" line="39" />
            <source>&amp;Paper</source>
            <translation>论文(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="151" />
            <source>Mark &amp;Reviewed and Next</source>
            <translation>标记为已审阅并转到下一篇(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="153" />
            <source>Mark the paper reviewed and go to the next paper that is not</source>
            <translation>将论文标记为已审阅，并转到下一篇未审阅的论文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="155" />
            <source>Mark as Needs Re&amp;view</source>
            <translation>标记为需要审阅(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="157" />
            <source>Next Paper to Revie&amp;w</source>
            <translation>下一篇待审阅论文(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="159" />
            <source>&amp;Accept Suggestion</source>
            <translation>接受建议(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="161" />
            <source>Take the draft's or arXiv's text shown under the field</source>
            <translation>采用字段下方显示的草稿或 arXiv 文本</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="163" />
            <source>&amp;Ignore Suggestion</source>
            <translation>忽略建议(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="165" />
            <source>Keep your text and forget the suggestion (Esc in the field)</source>
            <translation>保留你的文本并放弃该建议（在字段中按 Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="167" />
            <source>&amp;Next Paper</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="168" />
            <source>&amp;Previous Paper</source>
            <translation>上一篇(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="170" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="171" />
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="172" />
            <source>Go to &amp;English Side</source>
            <translation>转到英文一侧(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="174" />
            <source>Move the cursor to the English source of this field</source>
            <translation>把光标移到此字段的英文原文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="175" />
            <source>Go to &amp;Chinese Side</source>
            <translation>转到中文一侧(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="177" />
            <source>Move the cursor to the Chinese translation of this field</source>
            <translation>把光标移到此字段的中文译文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="179" />
            <source>&amp;Fetch from arXiv</source>
            <translation>从 arXiv 获取(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="180" />
            <source>Fetch All &amp;Missing or Failed</source>
            <translation>获取所有缺失或失败的论文(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="182" />
            <source>&amp;Draft Chinese</source>
            <translation>起草中文(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="183" />
            <source>Ask the model for a Chinese draft of the selected papers</source>
            <translation>请模型为所选论文起草中文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="185" />
            <source>Draft All &amp;Without Chinese</source>
            <translation>起草所有缺中文的论文(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="187" />
            <source>&amp;Glossary…</source>
            <translation>术语表(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="188" />
            <source>Accept Translation &amp;Memory</source>
            <translation>采用翻译记忆(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="189" />
            <source>Fill the empty Chinese fields with what an earlier digest had for this paper</source>
            <translation>用往期摘要中这篇论文的译文填写空着的中文栏</translation>
        </message>
        <message>
            <location filename="../../ui/menu_bar.py" line="40" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="193" />
            <source>Preview &amp;Selected Paper</source>
            <translation>预览所选论文(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="195" />
            <source>Preview &amp;Whole Digest</source>
            <translation>预览整份摘要(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="197" />
            <source>&amp;Quality Checks</source>
            <translation>质量检查(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="199" />
            <source>&amp;Translation Memory</source>
            <translation>翻译记忆(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="201" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="202" />
            <source>System Language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../ui/menu_bar.py" line="41" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="208" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="209" />
            <source>Open &amp;Log Folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="210" />
            <source>&amp;About digest-gui</source>
            <translation>关于 digest-gui(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AddByIdentifierDialog</name>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="67" />
            <source>Add by Identifier</source>
            <translation>按编号添加</translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="69" />
            <source>Type or paste arXiv ids or links, one or many, or any text that mentions them:</source>
            <translation>输入或粘贴一个或多个 arXiv 编号或链接，或任何提到它们的文字：</translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="72" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/add_dialog.py" line="87" />
            <source>Adds %n paper(s): </source>
            <translation>
                <numerusform>将添加 %n 篇论文：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="89" />
            <location filename="../../ui/papers/add_dialog.py" line="91" />
            <source>Already in the digest: </source>
            <translation>已在摘要中：</translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="94" />
            <source>Opens the file named in the text.</source>
            <translation>将打开文字中指明的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="97" />
            <source>No arXiv id or link in this text (an id reads like 2403.18546 or hep-th/9901001).</source>
            <translation>这段文字中没有 arXiv 编号或链接（编号形如 2403.18546 或 hep-th/9901001）。</translation>
        </message>
        <message>
            <location filename="../../ui/papers/add_dialog.py" line="101" />
            <source>Papers already in the digest are skipped.</source>
            <translation>已在摘要中的论文会被跳过。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/add_dialog.py" line="108" />
            <source> and %n more</source>
            <translation>
                <numerusform> 等另外 %n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveActions</name>
        <message>
            <location filename="../../ui/archive/actions.py" line="69" />
            <source>Open &amp;Earlier Digest</source>
            <translation>打开往期摘要(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/archive/actions.py" line="89" />
            <source>%n of the papers added were translated before: View → Translation Memory (F7) shows the earlier Chinese, Ctrl+Shift+M accepts it</source>
            <translation>
                <numerusform>新加入的论文中有 %n 篇以前翻译过：视图 → 翻译记忆（F7）显示以前的译文，按 Ctrl+Shift+M 采用</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/archive/actions.py" line="189" />
            <source>Covered before: %1 (%2)</source>
            <translation>以前收录过：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/archive/actions.py" line="193" />
            <source>and %1 more</source>
            <translation>另有 %1 次</translation>
        </message>
        <message>
            <location filename="../../ui/archive/actions.py" line="195" />
            <source>Click the mark (or right-click → Open Earlier Digest) to open it</source>
            <translation>点击该标记（或右键 → 打开往期摘要）即可打开</translation>
        </message>
    </context>
    <context>
        <name>ArchiveImportDialog</name>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="25" />
            <location filename="../../ui/archive/import_dialog.py" line="35" />
            <source>Import Folder into Archive</source>
            <translation>将文件夹导入存档</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="44" />
            <source>Importing %1</source>
            <translation>正在导入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="73" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="85" />
            <source>%1 of %2 files</source>
            <translation>第 %1 个，共 %2 个文件</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="91" />
            <source>The archive cannot be used; nothing was imported.</source>
            <translation>存档无法使用，什么也没有导入。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="96" />
            <source>%1 files: %2 added, %3 updated, %4 unchanged, %5 could not be read</source>
            <translation>%1 个文件：新增 %2，更新 %3，未变 %4，无法读取 %5</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="110" />
            <source>The import stopped: %1</source>
            <translation>导入已停止：%1</translation>
        </message>
        <message>
            <location filename="../../ui/archive/import_dialog.py" line="113" />
            <source>Cancelled; the files imported so far stay in the archive.</source>
            <translation>已取消；已经导入的文件留在存档中。</translation>
        </message>
    </context>
    <context>
        <name>ArchiveNotice</name>
        <message>
            <location filename="../../ui/archive/notice.py" line="31" />
            <source>Rebuild Archive</source>
            <translation>重建存档</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="32" />
            <source>Try Again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="33" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="47" />
            <source>The archive cannot be read (%1). The editor works without it: no covered-before marks, search or translation memory until it is rebuilt from your digests and projects.</source>
            <translation>无法读取存档（%1）。编辑器照常工作，只是在根据你的摘要和项目重建存档之前，没有“以前收录过”的标记、存档搜索和翻译记忆。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="52" />
            <source>The archive is in use by another program (%1). The editor works without it until you try again.</source>
            <translation>存档正被另一个程序使用（%1）。在你重试之前，编辑器不使用存档照常工作。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="56" />
            <source>The archive cannot be used (%1). The editor works without it.</source>
            <translation>存档无法使用（%1）。编辑器不使用存档照常工作。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="70" />
            <source>Rebuilding the archive…</source>
            <translation>正在重建存档…</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="75" />
            <source>Cannot rebuild the archive: %1</source>
            <translation>无法重建存档：%1</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="80" />
            <source>Rebuilding the archive… %1 of %2 files</source>
            <translation>正在重建存档…第 %1 个，共 %2 个文件</translation>
        </message>
        <message>
            <location filename="../../ui/archive/notice.py" line="89" />
            <source>Archive rebuilt: %1 files, %2 could not be read</source>
            <translation>存档已重建：%1 个文件，%2 个无法读取</translation>
        </message>
    </context>
    <context>
        <name>ArchiveSearchDialog</name>
        <message>
            <location filename="../../ui/archive/search_dialog.py" line="132" />
            <source>Search Archive</source>
            <translation>搜索存档</translation>
        </message>
        <message>
            <location filename="../../ui/archive/search_dialog.py" line="133" />
            <source>Search every archived digest, in English or Chinese</source>
            <translation>用中文或英文搜索存档中的所有摘要</translation>
        </message>
        <message>
            <location filename="../../ui/archive/search_dialog.py" line="146" />
            <source>The archive cannot be used; see the notice in the window.</source>
            <translation>存档无法使用，请看主窗口中的提示。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/search_dialog.py" line="148" />
            <source>Searching…</source>
            <translation>正在搜索…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/archive/search_dialog.py" line="171" />
            <source>%n paper(s) in %1</source>
            <translation>
                <numerusform>%1中的 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/archive/search_dialog.py" line="172" />
            <source>%n digest(s)</source>
            <translation>
                <numerusform>%n 期摘要</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/archive/search_dialog.py" line="174" />
            <source>Nothing found</source>
            <translation>没有找到</translation>
        </message>
    </context>
    <context>
        <name>AutosaveNotice</name>
        <message>
            <location filename="../../ui/document/autosave_notice.py" line="22" />
            <source>Try Again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/document/autosave_notice.py" line="37" />
            <source>Crash protection is off: unsaved changes cannot be written to the recovery folder (%1). Save the project to keep them; this notice goes away once writing works again.</source>
            <translation>崩溃保护已停止：未保存的更改无法写入恢复文件夹（%1）。请保存项目以保留这些更改；恢复写入后此提示会自动消失。</translation>
        </message>
    </context>
    <context>
        <name>CountsLabel</name>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="32" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="35" />
            <source>%1 of %n paper(s) shown</source>
            <translation>
                <numerusform>显示 %n 篇论文中的 %1 篇</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="38" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n 篇已审阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="39" />
            <source>%n drafted</source>
            <translation>
                <numerusform>%n 篇已起草</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/counts_label.py" line="43" />
            <source>%n to review</source>
            <translation>
                <numerusform>%n 篇待审阅</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/quality/counts_label.py" line="45" />
            <source>View → Quality Checks (F6) lists the warnings and empty fields.</source>
            <translation>“查看 → 质量检查”（F6）列出警告和空字段。</translation>
        </message>
    </context>
    <context>
        <name>DeletionFeedback</name>
        <message>
            <location filename="../../ui/papers/deletion.py" line="52" />
            <source>Deleted '%1'</source>
            <translation>已删除“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/deletion.py" line="54" />
            <source>Deleted %n paper(s)</source>
            <translation>
                <numerusform>已删除 %n 篇论文</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/papers/deletion.py" line="60" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/papers/deletion.py" line="61" />
            <source>Put the deleted papers back (%1)</source>
            <translation>恢复已删除的论文（%1）</translation>
        </message>
    </context>
    <context>
        <name>DraftActions</name>
        <message>
            <location filename="../../ui/drafts/actions.py" line="50" />
            <source>Drafting %v of %m</source>
            <translation>正在起草 %v / %m</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="63" />
            <source>Drafting needs a model: set the server address and the model in Preferences → Model.</source>
            <translation>起草需要模型：请在“首选项 → 模型”中设置服务器地址和模型。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="71" />
            <source>Select the papers to draft first.</source>
            <translation>请先选择要起草的论文。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="80" />
            <source>Nothing to draft: these papers are being drafted already, or have no arXiv id.</source>
            <translation>没有可起草的论文：这些论文已在起草中，或没有 arXiv 编号。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="91" />
            <source>Every paper has its Chinese (or no English to translate yet).</source>
            <translation>每篇论文都已有中文（或还没有可翻译的英文）。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="99" />
            <source>Cannot draft: %1</source>
            <translation>无法起草：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/drafts/actions.py" line="135" />
            <source>Drafted %n paper(s)</source>
            <translation>
                <numerusform>已起草 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/drafts/actions.py" line="137" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n 篇失败</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="139" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/actions.py" line="142" />
            <source>%1 tokens (%2 in, %3 out)</source>
            <translation>%1 个词元（输入 %2，输出 %3）</translation>
        </message>
    </context>
    <context>
        <name>DraftController</name>
        <message>
            <location filename="../../ui/drafts/controller.py" line="177" />
            <source>The model server asked to wait %1 s; drafting goes on then</source>
            <translation>模型服务器要求等待 %1 秒，之后继续起草</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/controller.py" line="217" />
            <source>Cannot draft: %1</source>
            <translation>无法起草：%1</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/controller.py" line="213" />
            <source>Draft %1</source>
            <translation>起草 %1</translation>
        </message>
    </context>
    <context>
        <name>EditorNotices</name>
        <message>
            <location filename="../../ui/editor/notices.py" line="68" />
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="69" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="70" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="71" />
            <source>Take everything arXiv has changed, the English too</source>
            <translation>采用 arXiv 的全部改动，包括英文</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="72" />
            <source>Keep your data and forget what arXiv sent</source>
            <translation>保留你的数据，放弃 arXiv 发来的内容</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="73" />
            <source>Draft Again</source>
            <translation>重新起草</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="74" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="98" />
            <source>The draft failed: %1</source>
            <translation>起草失败：%1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="104" />
            <source>English title</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="105" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="106" />
            <source>version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="107" />
            <source>authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="108" />
            <source>comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="109" />
            <source>categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="110" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="111" />
            <source>summary</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="112" />
            <source>English summary</source>
            <translation>英文总结</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="113" />
            <source>abstract translation</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="132" />
            <source>arXiv has a newer version (v%1) with changes to: %2</source>
            <translation>arXiv 上有更新的版本（v%1），改动涉及：%2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="135" />
            <source>arXiv has a newer version (v%1)</source>
            <translation>arXiv 上有更新的版本（v%1）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="137" />
            <source>arXiv's data differs from yours in: %1</source>
            <translation>arXiv 的数据与你的不同之处：%1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="152" />
            <source>Yours: %1</source>
            <translation>你的：%1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="154" />
            <source>arXiv: %1</source>
            <translation>arXiv：%1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="159" />
            <source>Changes on arXiv</source>
            <translation>arXiv 上的改动</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="167" />
            <source>Accept arXiv's Changes</source>
            <translation>接受 arXiv 的改动</translation>
        </message>
        <message>
            <location filename="../../ui/editor/notices.py" line="173" />
            <source>Ignore arXiv's Changes</source>
            <translation>忽略 arXiv 的改动</translation>
        </message>
    </context>
    <context>
        <name>EditorPlaceholder</name>
        <message>
            <location filename="../../ui/editor/placeholder.py" line="48" />
            <source>No paper matches “%1”.</source>
            <translation>没有与“%1”匹配的论文。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/placeholder.py" line="49" />
            <source>The filter hides the digest's %n paper(s).</source>
            <translation>
                <numerusform>筛选隐藏了摘要中的全部 %n 篇论文。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editor/placeholder.py" line="52" />
            <source>No paper selected.

Drop arXiv links here, paste them into the list (Ctrl+V) or add them by identifier (Ctrl+L).</source>
            <translation>未选择论文。

将 arXiv 链接拖放到这里，粘贴到列表中（Ctrl+V），或按编号添加（Ctrl+L）。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/placeholder.py" line="56" />
            <source>Clear the Filter</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="109" />
            <source>The quality checks found %1. %2 anyway, or look at them first?</source>
            <translation>质量检查发现：%1。仍要%2，还是先查看这些问题？</translation>
        </message>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="112" />
            <source>The quality checks found %1. Export anyway, or look at them first?</source>
            <translation>质量检查发现：%1。仍要导出，还是先查看这些问题？</translation>
        </message>
    </context>
    <context>
        <name>ExportJobs</name>
        <message>
            <location filename="../../ui/document/export_jobs.py" line="45" />
            <source>Stop this export; nothing is written</source>
            <translation>停止此次导出；不会写入任何文件</translation>
        </message>
        <message>
            <location filename="../../ui/document/export_jobs.py" line="50" />
            <source>Still exporting; wait for it to finish or cancel it</source>
            <translation>仍在导出；请等它完成或取消它</translation>
        </message>
        <message>
            <location filename="../../ui/document/export_jobs.py" line="97" />
            <source>Not exported: %1</source>
            <translation>未导出：%1</translation>
        </message>
        <message>
            <location filename="../../ui/document/export_jobs.py" line="98" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../ui/document/export_jobs.py" line="102" />
            <source>Cancelled (%1); nothing was written</source>
            <translation>已取消（%1）；没有写入任何内容</translation>
        </message>
    </context>
    <context>
        <name>ExportNotice</name>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="35" />
            <source>Show Problems</source>
            <translation>查看问题</translation>
        </message>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="36" />
            <source>Open View → Quality Checks (F6)</source>
            <translation>打开“查看 → 质量检查”（F6）</translation>
        </message>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="37" />
            <source>Export Anyway</source>
            <translation>仍然导出</translation>
        </message>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="39" />
            <source>Export as it is; these problems are not asked about again in this session</source>
            <translation>按现状导出；本次会话中不再就这些问题提醒</translation>
        </message>
        <message>
            <location filename="../../ui/quality/export_notice.py" line="42" />
            <source>Close; nothing is exported</source>
            <translation>关闭；不导出任何内容</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../../ui/failures.py" line="21" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="22" />
            <source>unexpected {type}: {detail}</source>
            <translation>意外错误 {type}：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="23" />
            <source>cannot reach {what} (no connection within {seconds} s)</source>
            <translation>无法连接 {what}（{seconds} 秒内未建立连接）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="26" />
            <source>{what} did not answer within {seconds} s</source>
            <translation>{what} 在 {seconds} 秒内没有应答</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="27" />
            <source>cannot reach {what} ({reason})</source>
            <translation>无法连接 {what}（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="28" />
            <source>{what} broke off its answer ({reason})</source>
            <translation>{what} 的应答中途断开（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="29" />
            <source>cannot ask {what}: {reason}</source>
            <translation>无法向 {what} 发出请求：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="30" />
            <source>{what} answered HTTP {status} ({reason})</source>
            <translation>{what} 返回 HTTP {status}（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="31" />
            <source>arXiv's answer was cut off</source>
            <translation>arXiv 的应答被截断</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="32" />
            <source>arXiv's answer was incomplete</source>
            <translation>arXiv 的应答不完整</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="33" />
            <source>arXiv sent an empty answer</source>
            <translation>arXiv 返回了空的应答</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="34" />
            <source>arXiv sent a malformed answer</source>
            <translation>arXiv 返回的应答格式有误</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="35" />
            <source>arXiv sent something other than a list of papers</source>
            <translation>arXiv 返回的不是论文列表</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="38" />
            <source>arXiv sent a web page instead of data (HTTP {status})</source>
            <translation>arXiv 返回了网页而不是数据（HTTP {status}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="41" />
            <source>arXiv does not know {id}</source>
            <translation>arXiv 上没有 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="42" />
            <source>arXiv did not return {id}</source>
            <translation>arXiv 没有返回 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="43" />
            <source>“{name}” is not an arXiv category (like cs.LG, math.OC or hep-th)</source>
            <translation>“{name}”不是 arXiv 分类（如 cs.LG、math.OC 或 hep-th）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="46" />
            <source>name at least one arXiv category, like cs.LG</source>
            <translation>请至少填写一个 arXiv 分类，如 cs.LG</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="47" />
            <source>arXiv's {category} listing is empty (not an RSS feed)</source>
            <translation>arXiv 的 {category} 列表是空的（不是 RSS 源）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="50" />
            <source>arXiv's {category} listing is not a readable RSS feed: {detail}</source>
            <translation>arXiv 的 {category} 列表不是可读的 RSS 源：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="53" />
            <source>arXiv's {category} listing is not an RSS feed (it starts with &lt;{tag}&gt;)</source>
            <translation>arXiv 的 {category} 列表不是 RSS 源（以 &lt;{tag}&gt; 开头）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="56" />
            <source>arXiv's {category} listing is not an RSS feed (it has no &lt;channel&gt;)</source>
            <translation>arXiv 的 {category} 列表不是 RSS 源（没有 &lt;channel&gt;）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="59" />
            <source>no model is configured: set the base URL and the model in the settings (or {base_url_variable} and {model_variable})</source>
            <translation>尚未配置模型：请在设置中填写基础 URL 和模型（或设置 {base_url_variable} 和 {model_variable}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="64" />
            <source>the model server address '{address}' should start with http:// or https://</source>
            <translation>模型服务器地址“{address}”应以 http:// 或 https:// 开头</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="67" />
            <source>the model server wants an API key (HTTP 401); none is set</source>
            <translation>模型服务器需要 API 密钥（HTTP 401），但尚未设置</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="70" />
            <source>the model server refused the API key (HTTP 401)</source>
            <translation>模型服务器拒绝了该 API 密钥（HTTP 401）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="73" />
            <source>the model server refused access with this API key (HTTP 403)</source>
            <translation>模型服务器拒绝以此 API 密钥访问（HTTP 403）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="76" />
            <source>the model server has no Chat Completions API at {url} (HTTP 404); check the base URL</source>
            <translation>模型服务器在 {url} 没有 Chat Completions API（HTTP 404），请检查基础 URL</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="79" />
            <source>the model server does not know the model '{model}' (HTTP {status})</source>
            <translation>模型服务器不认识模型“{model}”（HTTP {status}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="82" />
            <source>the abstract is too long for the model's context</source>
            <translation>摘要太长，超出了模型的上下文长度</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="85" />
            <source>the model account has no quota left (HTTP 429)</source>
            <translation>模型账户的额度已用完（HTTP 429）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="88" />
            <source>the model server refused the request (HTTP {status})</source>
            <translation>模型服务器拒绝了请求（HTTP {status}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="91" />
            <source>the model server answered HTTP {status}</source>
            <translation>模型服务器返回 HTTP {status}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="92" />
            <source>the model server is busy (HTTP 429)</source>
            <translation>模型服务器繁忙（HTTP 429）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="93" />
            <source>the model server failed (HTTP {status})</source>
            <translation>模型服务器出错（HTTP {status}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="94" />
            <source>the model server did not answer within {seconds} s</source>
            <translation>模型服务器在 {seconds} 秒内没有应答</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="97" />
            <source>cannot reach the model server at {url} ({reason})</source>
            <translation>无法连接 {url} 的模型服务器（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="100" />
            <source>the server at {url} did not answer like a Chat Completions API</source>
            <translation>{url} 的服务器的应答不像 Chat Completions API</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="103" />
            <source>the model's answer was cut off at its length limit</source>
            <translation>模型的回答在长度上限处被截断</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="106" />
            <source>the model's answer was not the JSON asked for</source>
            <translation>模型的回答不是所要求的 JSON</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="109" />
            <source>the model's answer was not the JSON asked for (no {field})</source>
            <translation>模型的回答不是所要求的 JSON（缺少 {field}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="112" />
            <source>the model's answer left {field} empty</source>
            <translation>模型的回答中 {field} 为空</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="113" />
            <source>the model answered in English</source>
            <translation>模型用英文作答</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="114" />
            <source>{what} took longer than {seconds} s to answer</source>
            <translation>{what} 在 {seconds} 秒内没有答完</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="115" />
            <source>{what} sent more than {megabytes} MB; the answer was refused</source>
            <translation>{what} 发送的内容超过 {megabytes} MB，已拒收</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="118" />
            <source>{what} asked to wait {seconds} s before asking again; try later</source>
            <translation>{what} 要求等待 {seconds} 秒后再请求；请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="121" />
            <source>“{id}” is not an arXiv id (like 2403.18546 or hep-th/9901001); not sent to arXiv</source>
            <translation>“{id}”不是 arXiv 编号（如 2403.18546 或 hep-th/9901001），未发送给 arXiv</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="124" />
            <source>the model server took longer than {seconds} s to answer</source>
            <translation>模型服务器在 {seconds} 秒内没有答完</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="127" />
            <source>the model's answer was longer than {megabytes} MB and was refused</source>
            <translation>模型的应答超过 {megabytes} MB，已拒收</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="130" />
            <source>the model server asked to wait {seconds} s before asking again; try later</source>
            <translation>模型服务器要求等待 {seconds} 秒后再请求；请稍后再试</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="133" />
            <source>the API key could not be read from the system keyring ({reason})</source>
            <translation>无法从系统密钥环读取 API 密钥（{reason}）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="136" />
            <source>the model answered in English, twice</source>
            <translation>模型两次都用英文作答</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="137" />
            <source>the paper has no English title or abstract to translate (fetch it first)</source>
            <translation>这篇论文没有可翻译的英文标题或摘要（请先获取）</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="146" />
            <source>: {server_says}</source>
            <translation>：{server_says}</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="152" />
            <source>; gave up after 1 try</source>
            <translation>；尝试 1 次后放弃</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="154" />
            <source>; gave up after {tries} tries</source>
            <translation>；尝试 {tries} 次后放弃</translation>
        </message>
        <message>
            <location filename="../../ui/failures.py" line="157" />
            <source>; tried again after {waits}; gave up</source>
            <translation>；在 {waits} 后重试，仍然失败</translation>
        </message>
    </context>
    <context>
        <name>FetchController</name>
        <message>
            <location filename="../../ui/arxiv/fetch.py" line="140" />
            <source>arXiv asked to wait %1 s; fetching goes on then</source>
            <translation>arXiv 要求等待 %1 秒，之后继续获取</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch.py" line="162" />
            <source>Fetch %1 from arXiv</source>
            <translation>从 arXiv 获取 %1</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch.py" line="167" />
            <source>Fetching stopped: %1</source>
            <translation>获取已停止：%1</translation>
        </message>
    </context>
    <context>
        <name>FetchFailureNotice</name>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="39" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="40" />
            <source>Fetch this paper from arXiv again (F5)</source>
            <translation>重新从 arXiv 获取这篇论文（F5）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="65" />
            <source>Waiting to be fetched from arXiv…</source>
            <translation>等待从 arXiv 获取…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="67" />
            <source>Fetching from arXiv…</source>
            <translation>正在从 arXiv 获取…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="70" />
            <source>arXiv asked to wait %1 s; fetching goes on then</source>
            <translation>arXiv 要求等待 %1 秒，之后继续获取</translation>
        </message>
        <message>
            <location filename="../../ui/editor/fetch_failure.py" line="75" />
            <source>Not fetched from arXiv: %1</source>
            <translation>未能从 arXiv 获取：%1</translation>
        </message>
    </context>
    <context>
        <name>FetchStatus</name>
        <message>
            <location filename="../../ui/arxiv/fetch_status.py" line="56" />
            <source>Fetching %v of %m</source>
            <translation>正在获取 %v / %m</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch_status.py" line="94" />
            <source>%1; retry %2 of %3 in %4 s</source>
            <translation>%1；%4 秒后第 %2/%3 次重试</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch_status.py" line="96" />
            <source>retry %2 of %3 in %4 s</source>
            <translation>%4 秒后第 %2/%3 次重试</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch_status.py" line="102" />
            <source>waiting for %1 (retry %2 of %3, %4 s)</source>
            <translation>等待 %1（第 %2/%3 次重试，%4 秒）</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/fetch_status.py" line="105" />
            <source>waiting for %1 (%4 s)</source>
            <translation>等待 %1（%4 秒）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/fetch_status.py" line="116" />
            <source>Fetched %n paper(s) from arXiv</source>
            <translation>
                <numerusform>已从 arXiv 获取 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/fetch_status.py" line="118" />
            <source>%n failed (see the red marks in the list; F5 tries again)</source>
            <translation>
                <numerusform>%n 篇失败（见列表中的红色标记；按 F5 重试）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FieldMarks</name>
        <message>
            <location filename="../../ui/editor/field_marks.py" line="184" />
            <source>%1 characters; the limit is %2 (Preferences)</source>
            <translation>%1 字，上限 %2 字（见首选项）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_marks.py" line="191" />
            <source>The limit is %1</source>
            <translation>上限 %1 字</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_marks.py" line="261" />
            <source>Glossary: “%1” → %2</source>
            <translation>术语表：“%1” → %2</translation>
        </message>
    </context>
    <context>
        <name>FieldSuggestions</name>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="175" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="176" />
            <source>Replace your text with this one (Alt+Enter in the field)</source>
            <translation>用这段文本替换你的文本（在字段中按 Alt+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="177" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="178" />
            <source>Keep your text (Esc or Alt+Delete in the field)</source>
            <translation>保留你的文本（在字段中按 Esc 或 Alt+Delete）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="179" />
            <source>Struck out: your words that would go. Green: the new words.</source>
            <translation>删除线：将被替换掉的文字。绿色：新的文字。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="215" />
            <source>Draft:</source>
            <translation>草稿：</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="217" />
            <source>arXiv v%1:</source>
            <translation>arXiv v%1：</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="219" />
            <source>arXiv:</source>
            <translation>arXiv：</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="237" />
            <source>Accept the Draft</source>
            <translation>采用草稿</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="243" />
            <source>Accept arXiv's Text</source>
            <translation>采用 arXiv 的文本</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="252" />
            <source>Ignore the Draft</source>
            <translation>忽略草稿</translation>
        </message>
        <message>
            <location filename="../../ui/editor/suggestions.py" line="255" />
            <source>Ignore arXiv's Text</source>
            <translation>忽略 arXiv 的文本</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../ui/document/file_actions.py" line="125" />
            <source>New project</source>
            <translation>新项目</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="178" />
            <source>Cannot open the project</source>
            <translation>无法打开项目</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="170" />
            <source>Opened %1 (%n paper(s))</source>
            <translation>
                <numerusform>已打开 %1（%n 篇论文）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="176" />
            <source>written by a newer digest-gui</source>
            <translation>由更新版本的 digest-gui 写入</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="183" />
            <source>Opened read-only</source>
            <translation>已以只读方式打开</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="187" />
            <source>It is open read-only so that nothing in it is lost. Save As keeps a copy in this version's format.</source>
            <translation>为了不丢失其中任何内容，已以只读方式打开。“另存为”可按本版本的格式保存一份副本。</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="211" />
            <source>Cannot import the digest</source>
            <translation>无法导入摘要</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="214" />
            <source>Imported %1 (%n paper(s))</source>
            <translation>
                <numerusform>已导入 %1（%n 篇论文）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="218" />
            <source>Imported with remarks</source>
            <translation>已导入，但有提示</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="245" />
            <source>Save Project As</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="247" />
            <source>digest-gui projects (*.digest);;JSON (*.json)</source>
            <translation>digest-gui 项目 (*.digest);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="269" />
            <source>Cannot save the project</source>
            <translation>无法保存项目</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="273" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="299" />
            <source>Cannot reload the project</source>
            <translation>无法重新载入项目</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="301" />
            <source>Reloaded %1 from disk</source>
            <translation>已从磁盘重新载入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="355" />
            <source>Exporting %1</source>
            <translation>正在导出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="364" />
            <source>Export Markdown</source>
            <translation>导出 Markdown</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="364" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="435" />
            <source>left: %1 (F6 lists them)</source>
            <translation>尚余：%1（按 F6 查看）</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="357" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="365" />
            <source>Export HTML</source>
            <translation>导出 HTML</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="365" />
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="368" />
            <source>Export %1</source>
            <translation>导出 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="391" />
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="401" />
            <source>Copied the digest (%n paper(s)) as Markdown</source>
            <translation>
                <numerusform>已将摘要（%n 篇论文）复制为 Markdown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="422" />
            <source>Copied the digest (%n paper(s)) for WeChat</source>
            <translation>
                <numerusform>已将摘要（%n 篇论文）复制为微信公众号富文本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/file_actions.py" line="424" />
            <source>Copied the digest (%n paper(s)) for Zhihu</source>
            <translation>
                <numerusform>已将摘要（%n 篇论文）复制为知乎富文本</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="427" />
            <source>Copying for WeChat</source>
            <translation>正在复制为微信格式</translation>
        </message>
        <message>
            <location filename="../../ui/document/file_actions.py" line="427" />
            <source>Copying for Zhihu</source>
            <translation>正在复制为知乎格式</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../ui/find/bar.py" line="145" />
            <source>Find in the digest</source>
            <translation>在整份摘要中查找</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="146" />
            <source>Replace with</source>
            <translation>替换为</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="147" />
            <source>Match case</source>
            <translation>区分大小写</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="148" />
            <source>Whole words</source>
            <translation>全词匹配</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="150" />
            <source>Regular expression (Python syntax; \1 in the replacement is the first group)</source>
            <translation>正则表达式（Python 语法；替换文本中的 \1 表示第一个分组）</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="153" />
            <source>English and Chinese</source>
            <translation>英文和中文</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="154" />
            <source>English fields</source>
            <translation>英文字段</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="155" />
            <source>Chinese fields</source>
            <translation>中文字段</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="159" />
            <source>Which fields to search</source>
            <translation>在哪些字段中查找</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="160" />
            <source>Previous match (Shift+F3, Shift+Return)</source>
            <translation>上一个匹配（Shift+F3、Shift+回车）</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="161" />
            <source>Next match (F3, Return)</source>
            <translation>下一个匹配（F3、回车）</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="162" />
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="163" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="164" />
            <source>Replace this match and go to the next</source>
            <translation>替换此处并转到下一个</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="165" />
            <source>Replace All</source>
            <translation>全部替换</translation>
        </message>
        <message>
            <location filename="../../ui/find/bar.py" line="166" />
            <source>Replace every match in the digest (one undo step)</source>
            <translation>替换整份摘要中的所有匹配（一步即可撤销）</translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message>
            <location filename="../../ui/find/controller.py" line="193" />
            <source>Invalid pattern: %1</source>
            <translation>无效的表达式：%1</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="200" />
            <source>No results</source>
            <translation>无结果</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="202" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n 个结果</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="204" />
            <source>More than %n result(s)</source>
            <translation>
                <numerusform>超过 %n 个结果</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="207" />
            <source>%1 of %2</source>
            <translation>第 %1 个，共 %2 个</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="239" />
            <source>Reached the end of the digest; continued from the start</source>
            <translation>已到摘要末尾，从开头继续</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="241" />
            <source>Reached the start of the digest; continued from the end</source>
            <translation>已到摘要开头，从末尾继续</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="283" />
            <location filename="../../ui/find/controller.py" line="305" />
            <source>Invalid replacement: %1</source>
            <translation>无效的替换文本：%1</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="288" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="308" />
            <source>Nothing to replace</source>
            <translation>没有可替换的内容</translation>
        </message>
        <message>
            <location filename="../../ui/find/controller.py" line="311" />
            <source>Replace All</source>
            <translation>全部替换</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="315" />
            <source>Replaced %n occurrence(s) in %1; Undo takes them all back</source>
            <translation>
                <numerusform>已替换 %n 处，涉及 %1；撤销可全部恢复</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/find/controller.py" line="316" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n 个字段</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryActions</name>
        <message numerus="yes">
            <location filename="../../ui/glossary/actions.py" line="32" />
            <source>The glossary has %n term(s)</source>
            <translation>
                <numerusform>术语表共有 %n 个术语</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="50" />
            <source>Glossary</source>
            <translation>术语表</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="53" />
            <source>Filter terms</source>
            <translation>筛选术语</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="56" />
            <source>Term</source>
            <translation>术语</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="56" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="56" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="73" />
            <source>&amp;Add Term</source>
            <translation>添加术语(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="74" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="75" />
            <source>&amp;Import CSV/TSV…</source>
            <translation>导入 CSV/TSV(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="76" />
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="94" />
            <source>Drafts are asked to use these translations, and the quality checks point out papers whose Chinese does not.</source>
            <translation>起草时会要求模型使用这些译名；质量检查会指出中文未使用它们的论文。</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="163" />
            <source>Row %1: “%2” has no Chinese.</source>
            <translation>第 %1 行：“%2”没有中文。</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="166" />
            <source>Row %1: “%2” has no English term.</source>
            <translation>第 %1 行：“%2”没有英文术语。</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="170" />
            <source>Row %1: “%2” is already in row %3.</source>
            <translation>第 %1 行：“%2”已在第 %3 行。</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="208" />
            <source>%1: not UTF-8 text (byte %2)</source>
            <translation>%1：不是 UTF-8 文本（第 %2 字节）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="216" />
            <source>Imported %n term(s) from %1</source>
            <translation>
                <numerusform>已从 %1 导入 %n 个术语</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="218" />
            <source> (%n replaced)</source>
            <translation>
                <numerusform>（替换了 %n 个）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="227" />
            <source>Export Glossary</source>
            <translation>导出术语表</translation>
        </message>
        <message>
            <location filename="../../ui/glossary/dialog.py" line="229" />
            <source>CSV (*.csv);;Tab-separated (*.tsv)</source>
            <translation>CSV (*.csv);;制表符分隔 (*.tsv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/glossary/dialog.py" line="239" />
            <source>Exported %n term(s) to %1</source>
            <translation>
                <numerusform>已导出 %n 个术语到 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help.py" line="76" />
            <source>The log files are in %1</source>
            <translation>日志文件位于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="84" />
            <source>About digest-gui</source>
            <translation>关于 digest-gui</translation>
        </message>
    </context>
    <context>
        <name>ListingActions</name>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_actions.py" line="89" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>已添加 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_actions.py" line="91" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>跳过 %n 篇已在摘要中的论文：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingDialog</name>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="141" />
            <source>Fetch shows today's announcements from %1</source>
            <translation>“获取”会显示来自 %1 的今日公告</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="226" />
            <source>Import from arXiv Listing</source>
            <translation>从 arXiv 列表导入</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="227" />
            <source>&amp;Categories:</source>
            <translation>分类(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="228" />
            <source>e.g. cs.LG, cs.CV</source>
            <translation>例如 cs.LG, cs.CV</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="229" />
            <source>arXiv categories, separated by commas or spaces</source>
            <translation>arXiv 分类，用逗号或空格分隔</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="230" />
            <source>&amp;Fetch Today's Listing</source>
            <translation>获取今日列表(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="231" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="232" />
            <source>Filter by title, author, abstract or arXiv id</source>
            <translation>按标题、作者、摘要或 arXiv 编号筛选</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="234" />
            <source>First announcements of papers in these categories</source>
            <translation>这些分类中首次发布的论文</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="235" />
            <source>New papers of other categories, cross-listed here</source>
            <translation>其他分类交叉列入这里的新论文</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="236" />
            <source>New versions of papers of these categories</source>
            <translation>这些分类中论文的新版本</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="237" />
            <source>New versions of cross-listed papers</source>
            <translation>交叉列入论文的新版本</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="241" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="242" />
            <source>Select &amp;None</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="243" />
            <source>Tick every paper shown</source>
            <translation>勾选显示的所有论文</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="244" />
            <source>Untick every paper shown</source>
            <translation>取消勾选显示的所有论文</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="274" />
            <source>Fetching the listings of %1…</source>
            <translation>正在获取 %1 的列表…</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="279" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_dialog.py" line="293" />
            <source>%n announcement(s) in %1</source>
            <translation>
                <numerusform>%1 共 %n 篇公告</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="299" />
            <source>No announcements today: arXiv announces nothing on weekends and holidays.</source>
            <translation>今天没有公告：arXiv 在周末和节假日不发布论文。</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_dialog.py" line="357" />
            <source>%1 of %2 shown</source>
            <translation>显示 %1 / %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arxiv/listing_dialog.py" line="368" />
            <source>&amp;Add (%n)</source>
            <translation>
                <numerusform>添加 %n 篇(&amp;A)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingModel</name>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="127" />
            <source>arXiv</source>
            <translation>arXiv</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="128" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="129" />
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="130" />
            <source>Categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="131" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="132" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="192" />
            <source>in digest</source>
            <translation>已在摘要中</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="211" />
            <source>Covered before: %1</source>
            <translation>以前收录过：%1</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="213" />
            <source>Include rule: %1</source>
            <translation>优先规则：%1</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="215" />
            <source>Exclude rule: %1</source>
            <translation>排除规则：%1</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="217" />
            <source>Highlight rule: %1</source>
            <translation>突出显示规则：%1</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="222" />
            <source>Already in the digest</source>
            <translation>已在摘要中</translation>
        </message>
        <message>
            <location filename="../../ui/arxiv/listing_model.py" line="228" />
            <source>Primary category: %1</source>
            <translation>主分类：%1</translation>
        </message>
    </context>
    <context>
        <name>ListingRanker</name>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="84" />
            <source>&amp;Rank by my archive</source>
            <translation>按我的存档排序(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="86" />
            <source>Order the announcements by how close each is to the papers of your earlier digests</source>
            <translation>按与你往期摘要中论文的相近程度给公告排序</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="89" />
            <source>Include:</source>
            <translation>优先：</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="89" />
            <source>Words that put a paper first, separated by commas</source>
            <translation>含有这些词的论文排在最前，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="90" />
            <source>Exclude:</source>
            <translation>排除：</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="90" />
            <source>Words that put a paper last, separated by commas</source>
            <translation>含有这些词的论文排在最后，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="91" />
            <source>Highlight:</source>
            <translation>突出显示：</translation>
        </message>
        <message>
            <location filename="../../ui/archive/listing_rank.py" line="91" />
            <source>Words that mark a paper, separated by commas</source>
            <translation>含有这些词的论文会被标出，用逗号分隔</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>Fix for GitHub</source>
            <translation>为 GitHub 修正</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="407" />
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
    </context>
    <context>
        <name>MemoryPanel</name>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="95" />
            <source>Translation Memory</source>
            <translation>翻译记忆</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="148" />
            <location filename="../../ui/archive/memory_panel.py" line="173" />
            <source>Accept from Translation Memory</source>
            <translation>采用翻译记忆</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="195" />
            <source>The archive cannot be used; see the notice above the editor.</source>
            <translation>存档无法使用，请看编辑区上方的提示。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="199" />
            <source>Select a paper to see what was written for it before.</source>
            <translation>选择一篇论文，查看以前为它写过的译文。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="201" />
            <source>Looking in the archive…</source>
            <translation>正在查找存档…</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="203" />
            <source>Nothing in the archive is like this paper.</source>
            <translation>存档中没有与这篇论文相近的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="209" />
            <source>Close titles</source>
            <translation>相近的标题</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="213" />
            <source>Close sentences of the abstract</source>
            <translation>摘要中相近的句子</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="221" />
            <source>Glossary candidates</source>
            <translation>术语表候选</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="227" />
            <source>%1 → %2 (in %3 papers)</source>
            <translation>%1 → %2（见于 %3 篇论文）</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="231" />
            <source>Add to Glossary</source>
            <translation>加入术语表</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="252" />
            <source>Translated before in “%1” (%2)</source>
            <translation>以前翻译过，见“%1”（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="257" />
            <source>Ctrl+Shift+M puts these into the empty Chinese fields.</source>
            <translation>按 Ctrl+Shift+M 把这些填入空着的中文栏。</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="262" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="262" />
            <source>abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="265" />
            <source>arXiv's English %1 has changed since:</source>
            <translation>arXiv 的英文%1此后有改动：</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="285" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="287" />
            <source>Put this text into the paper's %1 (one undo step)</source>
            <translation>把这段文字填入论文的%1（可一步撤销）</translation>
        </message>
        <message>
            <location filename="../../ui/archive/memory_panel.py" line="296" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>ModelSettingsPage</name>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="97" />
            <source>e.g. gpt-4o-mini, deepseek-chat, qwen-plus, qwen2.5:14b</source>
            <translation>例如 gpt-4o-mini、deepseek-chat、qwen-plus、qwen2.5:14b</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="101" />
            <source>Forget Key</source>
            <translation>删除密钥</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="113" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="120" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="121" />
            <source> characters</source>
            <translation> 个字符</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="127" />
            <source>System prompt</source>
            <translation>系统提示词</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="130" />
            <source>User prompt</source>
            <translation>用户提示词</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="134" />
            <source>&amp;Test Connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="144" />
            <source>Server address:</source>
            <translation>服务器地址：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="147" />
            <source>Any OpenAI-compatible server: OpenAI https://api.openai.com/v1 · DeepSeek https://api.deepseek.com/v1 · Qwen https://dashscope.aliyuncs.com/compatible-mode/v1 · Ollama http://localhost:11434/v1 (no key needed)</source>
            <translation>任何兼容 OpenAI 的服务器：OpenAI https://api.openai.com/v1 · DeepSeek https://api.deepseek.com/v1 · 通义千问 https://dashscope.aliyuncs.com/compatible-mode/v1 · Ollama http://localhost:11434/v1（无需密钥）</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="156" />
            <source>Model:</source>
            <translation>模型：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="157" />
            <source>API key:</source>
            <translation>API 密钥：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="163" />
            <source>Temperature:</source>
            <translation>温度：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="164" />
            <source>Time limit per request:</source>
            <translation>每次请求的时限：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="165" />
            <source>Requests at once:</source>
            <translation>同时请求数：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="166" />
            <source>Longest summary:</source>
            <translation>总结最长：</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="170" />
            <source>%1 is set and takes precedence.</source>
            <translation>已设置 %1，以它为准。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="196" />
            <source>Reset to Default</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="199" />
            <source>Filled in: {title_en}, {abstract_en}, {summary_limit}, {summary_en_limit}, {glossary}</source>
            <translation>会被填入：{title_en}、{abstract_en}、{summary_limit}、{summary_en_limit}、{glossary}</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="231" />
            <source>from %1</source>
            <translation>来自 %1</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="232" />
            <source>The key comes from the environment variable %1.</source>
            <translation>密钥来自环境变量 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="234" />
            <source>type the key to use it for this session</source>
            <translation>输入密钥，仅在本次会话中使用</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="236" />
            <source>The system keyring cannot be read (%1): a key typed here is kept for this session.</source>
            <translation>无法读取系统密钥环（%1）：在此输入的密钥仅在本次会话中保留。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="242" />
            <source>A key is stored; type to replace it</source>
            <translation>已保存密钥；输入新密钥可替换</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="244" />
            <location filename="../../ui/drafts/model_settings.py" line="251" />
            <source>none (not needed for Ollama)</source>
            <translation>无（Ollama 不需要）</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="246" />
            <source>The key is kept in the system keyring, never in a file of digest-gui.</source>
            <translation>密钥保存在系统钥匙串中，从不写入 digest-gui 的任何文件。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="249" />
            <source>A key is set for this session; type to replace it</source>
            <translation>本次会话已设置密钥；输入新密钥可替换</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="253" />
            <source>No keyring available: the key is kept for this session only; set %1 to keep it.</source>
            <translation>没有可用的钥匙串：密钥只在本次会话中保留；设置 %1 可长期保留。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="306" />
            <source>Set the server address and the model first.</source>
            <translation>请先设置服务器地址和模型。</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="320" />
            <source>Testing…</source>
            <translation>正在测试…</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="326" />
            <source>It works: %1</source>
            <translation>连接正常：%1</translation>
        </message>
        <message>
            <location filename="../../ui/drafts/model_settings.py" line="330" />
            <source>It does not work: %1</source>
            <translation>连接失败：%1</translation>
        </message>
    </context>
    <context>
        <name>OpenSafeguards</name>
        <message>
            <location filename="../../ui/document/safeguards.py" line="57" />
            <source>process %1 on %2</source>
            <translation>%2 上的进程 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="63" />
            <source>%1 is open in another window</source>
            <translation>%1 已在另一个窗口中打开</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="66" />
            <source>Cannot switch</source>
            <translation>无法切换</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="67" />
            <source>the other window did not answer; try again or open it read-only</source>
            <translation>另一个窗口没有响应；请重试，或以只读方式打开</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="71" />
            <source>open in another window</source>
            <translation>已在另一个窗口中打开</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="78" />
            <source>Cannot open the project</source>
            <translation>无法打开项目</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="82" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="95" />
            <source>Cannot open the backup</source>
            <translation>无法打开备份</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="105" />
            <source>Opened a backup of %1; save to replace the damaged file</source>
            <translation>已打开 %1 的备份；保存即可替换损坏的文件</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="134" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="140" />
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../ui/document/safeguards.py" line="155" />
            <source>%1 was changed on disk after these changes; saving will ask first</source>
            <translation>在这些修改之后，%1 已在磁盘上被更改；保存前会先询问</translation>
        </message>
    </context>
    <context>
        <name>PaperAdder</name>
        <message>
            <location filename="../../ui/papers/adding.py" line="60" />
            <source>No arXiv links or ids found in what was dropped</source>
            <translation>拖入的内容中没有 arXiv 链接或编号</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/adding.py" line="66" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>已添加 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/papers/adding.py" line="69" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>跳过 %n 篇已在摘要中的论文：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/papers/adding.py" line="83" />
            <source>The clipboard holds no arXiv id or link</source>
            <translation>剪贴板中没有 arXiv 编号或链接</translation>
        </message>
        <message>
            <location filename="../../ui/papers/adding.py" line="107" />
            <source>No arXiv id or link in the text</source>
            <translation>文字中没有 arXiv 编号或链接</translation>
        </message>
    </context>
    <context>
        <name>PaperContextMenu</name>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="75" />
            <source>Open on &amp;arXiv</source>
            <translation>在 arXiv 上打开(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="76" />
            <source>Open &amp;PDF</source>
            <translation>打开 PDF(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="77" />
            <source>Copy arXiv &amp;Ids</source>
            <translation>复制 arXiv 编号(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="78" />
            <source>Mark as Needs Re&amp;view</source>
            <translation>标记为需要审阅(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="79" />
            <source>The selected papers need another look</source>
            <translation>所选论文需要再审阅</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="131" />
            <source>Opened the first %1 of %2 pages</source>
            <translation>已打开 %2 个页面中的前 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/papers/context_menu.py" line="140" />
            <source>Copied %1</source>
            <translation>已复制 %1</translation>
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="194" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="195" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="197" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="198" />
            <source>Title (Chinese)</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="199" />
            <location filename="../../ui/editor/paper_editor.py" line="200" />
            <source>One-line summary</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="201" />
            <source>Abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="202" />
            <source>Abstract translation</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="206" />
            <source>The summary is one sentence in Chinese; it goes into the table.</source>
            <translation>一句话总结用一句中文写成，会放进摘要表格。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="208" />
            <source>English title</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="209" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="210" />
            <source>English one-line summary</source>
            <translation>英文一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="211" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="212" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="213" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="218" />
            <source>New</source>
            <translation>新加入</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="219" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="220" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="221" />
            <source>Needs review</source>
            <translation>需要审阅</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="222" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="226" />
            <source>Mark reviewed (Ctrl+Return)</source>
            <translation>标记为已审阅（Ctrl+Return）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/paper_editor.py" line="306" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n 字</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_editor.py" line="312" />
            <source>(no arXiv id)</source>
            <translation>（无 arXiv 编号）</translation>
        </message>
    </context>
    <context>
        <name>PaperHeader</name>
        <message>
            <location filename="../../ui/editor/paper_header.py" line="88" />
            <source>Not fetched from arXiv yet.</source>
            <translation>尚未从 arXiv 获取。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_header.py" line="101" />
            <source>submitted %1</source>
            <translation>提交于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/paper_header.py" line="103" />
            <source>updated %1</source>
            <translation>更新于 %1</translation>
        </message>
    </context>
    <context>
        <name>PaperListPane</name>
        <message>
            <location filename="../../ui/papers/icons.py" line="68" />
            <source>New: not fetched yet</source>
            <translation>新加入：尚未获取</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="69" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="70" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="71" />
            <source>Needs review: taken back, or its English changed since review</source>
            <translation>需要审阅：审阅已撤回，或审阅后英文有改动</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="74" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="82" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="83" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="84" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="159" />
            <source>Waiting to be fetched from arXiv</source>
            <translation>等待从 arXiv 获取</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="161" />
            <source>Fetching from arXiv…</source>
            <translation>正在从 arXiv 获取…</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="164" />
            <source>arXiv asked to wait %1 s before it is asked again</source>
            <translation>arXiv 要求等待 %1 秒后再请求</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="171" />
            <source>The model server asked to wait %1 s before it is asked again</source>
            <translation>模型服务器要求等待 %1 秒后再请求</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="176" />
            <source>Waiting to be drafted</source>
            <translation>等待起草</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="178" />
            <source>Drafting the Chinese…</source>
            <translation>正在起草中文…</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="182" />
            <source>Fetch failed: %s</source>
            <translation>获取失败：%s</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="185" />
            <source>Draft failed: %s</source>
            <translation>起草失败：%s</translation>
        </message>
        <message>
            <location filename="../../ui/papers/icons.py" line="197" />
            <source>Missing: %s</source>
            <translation>缺少：%s</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="134" />
            <source>Filter (Ctrl+F)</source>
            <translation>筛选（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="135" />
            <source>Shows the papers that contain all these words, in any language</source>
            <translation>显示包含所有这些词的论文（中英文均可）</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="145" />
            <source>&amp;Copy Links</source>
            <translation>复制链接(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="146" />
            <source>Mark &amp;Reviewed</source>
            <translation>标记为已审阅(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="147" />
            <source>Mark &amp;Drafted</source>
            <translation>标记为已起草(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="148" />
            <source>Mark &amp;New</source>
            <translation>标记为新加入(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="149" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="150" />
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="151" />
            <source>De&amp;lete</source>
            <translation>删除(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="139" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../ui/papers/list_pane.py" line="139" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="32" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="43" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="46" />
            <source>arXiv API address:</source>
            <translation>arXiv API 地址：</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="47" />
            <source>arXiv listings address:</source>
            <translation>arXiv 每日列表地址：</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="48" />
            <source>Time between requests:</source>
            <translation>请求间隔：</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="51" />
            <source>arXiv's terms of use ask for at least 3 seconds between requests.</source>
            <translation>arXiv 的使用条款要求两次请求之间至少间隔 3 秒。</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="54" />
            <source>%1 is set and takes precedence.</source>
            <translation>已设置 %1，以它为准。</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="60" />
            <source>arXiv</source>
            <translation>arXiv</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="62" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../ui/preview/pane.py" line="115" />
            <source>Selected paper</source>
            <translation>所选论文</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="116" />
            <source>Preview the selected paper only</source>
            <translation>只预览所选论文</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="117" />
            <source>Whole digest</source>
            <translation>整份摘要</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="118" />
            <source>Preview the whole digest, scrolled to the selected paper</source>
            <translation>预览整份摘要，并滚动到所选论文</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="119" />
            <source>Live preview</source>
            <translation>实时预览</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="121" />
            <source>Show the digest as an export format's target shows it</source>
            <translation>按导出格式在目标平台上的样子显示摘要</translation>
        </message>
        <message>
            <location filename="../../ui/preview/pane.py" line="233" />
            <source>This format cannot be shown: %1</source>
            <translation>无法显示此格式：%1</translation>
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../ui/preview/view.py" line="128" />
            <source>Select a paper to preview it.</source>
            <translation>选择一篇论文以预览。</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <location filename="../../ui/document/project.py" line="103" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../ui/document/project.py" line="186" />
            <source>the project has no file name yet</source>
            <translation>项目还没有文件名</translation>
        </message>
        <message>
            <location filename="../../ui/document/project.py" line="189" />
            <source>%1 is open read-only (%2); save it under another name</source>
            <translation>%1 以只读方式打开（%2）；请以其他名称保存</translation>
        </message>
        <message>
            <location filename="../../ui/document/project.py" line="242" />
            <source>Mark Reviewed</source>
            <translation>标记为已审阅</translation>
        </message>
    </context>
    <context>
        <name>PublishActions</name>
        <message>
            <location filename="../../ui/document/publishing.py" line="50" />
            <source>Still publishing; wait for it to finish</source>
            <translation>仍在发布，请等它完成</translation>
        </message>
        <message>
            <location filename="../../ui/document/publishing.py" line="71" />
            <source>Publishing %1 into %2…</source>
            <translation>正在把 %1 发布到 %2…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/document/publishing.py" line="77" />
            <source>Published %1: %2 (%n issue(s) in the index)</source>
            <translation>
                <numerusform>已发布 %1：%2（索引中共 %n 期）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/document/publishing.py" line="82" />
            <source>Not published: %1</source>
            <translation>未发布：%1</translation>
        </message>
        <message>
            <location filename="../../ui/document/publishing.py" line="52" />
            <location filename="../../ui/document/publishing.py" line="83" />
            <source>Publish</source>
            <translation>发布</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <location filename="../../ui/quality/panel.py" line="86" />
            <source>Quality Checks</source>
            <translation>质量检查</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="87" />
            <source>Empty fields</source>
            <translation>空字段</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="88" />
            <source>List the empty Chinese fields too</source>
            <translation>同时列出空的中文字段</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="89" />
            <source>Fix for GitHub</source>
            <translation>为 GitHub 修正</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="92" />
            <source>Rewrite the selected field so that GitHub shows it as typed: formulas as $`…`$ (undoable)</source>
            <translation>改写所选字段，使 GitHub 按输入原样显示：公式写成 $`…`$（可撤销）</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="95" />
            <source>&amp;Quality Checks</source>
            <translation>质量检查(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="23" />
            <source>English title</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="24" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="25" />
            <source>Summary</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="26" />
            <source>English summary</source>
            <translation>英文总结</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="27" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="28" />
            <source>Chinese abstract</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="29" />
            <source>arXiv id</source>
            <translation>arXiv 编号</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="37" />
            <location filename="../../ui/quality/messages.py" line="45" />
            <source>empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="38" />
            <source>too long</source>
            <translation>过长</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="39" />
            <source>glossary term</source>
            <translation>术语不符</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="40" />
            <source>numbers missing</source>
            <translation>缺少数字</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="41" />
            <source>English left</source>
            <translation>残留英文</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="42" />
            <source>unpaired $</source>
            <translation>$ 不成对</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="43" />
            <source>GitHub alters</source>
            <translation>GitHub 会改动</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="44" />
            <source>duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="46" />
            <source>numbers added</source>
            <translation>多出数字</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="47" />
            <source>formula missing</source>
            <translation>缺少公式</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="48" />
            <source>no English title</source>
            <translation>无英文标题</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="49" />
            <source>same Chinese title</source>
            <translation>中文标题重复</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="58" />
            <source>{length} characters; the limit is {limit}</source>
            <translation>{length} 字，上限 {limit} 字</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="61" />
            <source>“{term}” should read “{zh}”</source>
            <translation>“{term}”应译作“{zh}”</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="62" />
            <source>lacks {numbers} of the English abstract</source>
            <translation>缺少英文摘要中的 {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="63" />
            <source>{count} English words in a row: “{words}”</source>
            <translation>连续 {count} 个英文单词：“{words}”</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="67" />
            <source>GitHub shows it as “{shown}”</source>
            <translation>GitHub 显示为“{shown}”</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="68" />
            <source>the same paper as {earlier} ({id})</source>
            <translation>与 {earlier} 是同一篇论文（{id}）</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="69" />
            <source>the Chinese fields are filled; the digest has English summaries</source>
            <translation>中文字段已填写；本摘要的其他论文有英文总结</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="72" />
            <source>has {numbers}, which the English lacks</source>
            <translation>有英文中没有的 {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="73" />
            <source>lacks {formulas} of the English abstract</source>
            <translation>缺少英文摘要中的公式 {formulas}</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="76" />
            <source>fetch the paper from arXiv or type its title</source>
            <translation>请从 arXiv 获取该论文，或填写其标题</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="79" />
            <source>the same Chinese title as {earlier}</source>
            <translation>与 {earlier} 的中文标题相同</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_marks.py" line="257" />
            <location filename="../../ui/quality/messages.py" line="96" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/quality/messages.py" line="66" />
            <source>an unpaired $ (math is written between two $)</source>
            <translation>$ 没有成对（数学公式应写在两个 $ 之间）</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="141" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <location filename="../../ui/quality/panel.py" line="145" />
            <source>No problems found.</source>
            <translation>没有发现问题。</translation>
        </message>
    </context>
    <context>
        <name>ReviewActions</name>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="51" />
            <source>All %n paper(s) are reviewed.</source>
            <translation>
                <numerusform>全部 %n 篇论文均已审阅。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="54" />
            <source>Every paper the filter shows is reviewed; %n hidden paper(s) are not.</source>
            <translation>
                <numerusform>筛选显示的论文均已审阅；另有 %n 篇被隐藏的论文尚未审阅。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/actions.py" line="57" />
            <source>%n paper(s) left to review</source>
            <translation>
                <numerusform>还有 %n 篇论文待审阅</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/review/actions.py" line="72" />
            <source>No paper the list shows needs review.</source>
            <translation>列表中没有需要审阅的论文。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/help.py" line="30" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="33" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="33" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="33" />
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
    </context>
    <context>
        <name>StaleMarks</name>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="152" />
            <source>The English title changed since the paper was reviewed</source>
            <translation>审阅之后，英文标题有改动</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="153" />
            <source>The English abstract changed since the paper was reviewed</source>
            <translation>审阅之后，英文摘要有改动</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="157" />
            <source>As reviewed</source>
            <translation>审阅时</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="158" />
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="159" />
            <source>Confirm Chinese</source>
            <translation>确认中文</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="162" />
            <source>The Chinese fits the new English: clear this mark (Ctrl+Return marks the whole paper)</source>
            <translation>中文与新的英文相符：清除此标记（Ctrl+Return 标记整篇论文）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="181" />
            <source>(nothing)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="181" />
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/stale_marks.py" line="194" />
            <source>Confirm Translation</source>
            <translation>确认译文</translation>
        </message>
    </context>
    <context>
        <name>StatusProgress</name>
        <message>
            <location filename="../../ui/widgets/status_progress.py" line="44" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>_CountsWording</name>
        <message numerus="yes">
            <location filename="../../ui/quality/messages.py" line="111" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 条警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/quality/messages.py" line="112" />
            <source>%n empty field(s)</source>
            <translation>
                <numerusform>%n 个空字段</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <location filename="../../ui/about.py" line="26" />
            <source>Write bilingual (English/Chinese) digests of arXiv papers.</source>
            <translation>编写 arXiv 论文的中英双语摘要。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py" line="72" />
            <source>Example digest</source>
            <translation>示例摘要</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="135" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="136" />
            <source>%1. Your unsaved work is kept; details are in %2.</source>
            <translation>%1。未保存的内容已保留；详情见 %2。</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../ui/document/commands.py" line="27" />
            <source>Typing in English Title</source>
            <translation>输入英文标题</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="28" />
            <source>Typing in Chinese Title</source>
            <translation>输入中文标题</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="29" />
            <source>Typing in Summary</source>
            <translation>输入一句话总结</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="30" />
            <source>Typing in English Summary</source>
            <translation>输入英文总结</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="31" />
            <source>Typing in English Abstract</source>
            <translation>输入英文摘要</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="32" />
            <source>Typing in Abstract Translation</source>
            <translation>输入摘要翻译</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="34" />
            <source>Typing</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="75" />
            <source>Status Change</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="111" />
            <source>Add Papers</source>
            <translation>添加论文</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="127" />
            <source>Delete Papers</source>
            <translation>删除论文</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="145" />
            <source>Move Papers</source>
            <translation>移动论文</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="165" />
            <source>Export Setting</source>
            <translation>导出设置</translation>
        </message>
        <message>
            <location filename="../../ui/document/commands.py" line="181" />
            <source>Edit Glossary</source>
            <translation>编辑术语表</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../ui/dialogs.py" line="27" />
            <source>digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation>digest-gui 项目 (*.digest *.json);;摘要 Markdown (*.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="35" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="43" />
            <source>Import Digest Markdown</source>
            <translation>导入摘要 Markdown</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="45" />
            <source>Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation>摘要 Markdown (*.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="54" />
            <source>Import Glossary</source>
            <translation>导入术语表</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="56" />
            <source>Glossaries (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>术语表 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="70" />
            <source>Publish into Folder</source>
            <translation>发布到文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="78" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="79" />
            <source>Save the changes to “%1”?</source>
            <translation>保存对“%1”的更改吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="81" />
            <source>Your changes are lost if you don't save them.</source>
            <translation>如果不保存，这些更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="101" />
            <source>File changed on disk</source>
            <translation>文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="103" />
            <source>“%1” was changed by another program since you opened it.</source>
            <translation>打开“%1”之后，它被另一个程序修改过。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="108" />
            <source>Save your version under another name, overwrite the other changes, or reload the file and drop your unsaved changes.</source>
            <translation>可以把你的版本另存为新文件、覆盖别人的修改，或重新载入文件并放弃你未保存的更改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="119" />
            <location filename="../../ui/dialogs.py" line="292" />
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="124" />
            <source>Overwrite</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="129" />
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="155" />
            <source>Restore unsaved changes?</source>
            <translation>恢复未保存的更改吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="157" />
            <source>digest-gui closed without saving your changes to “%1”.</source>
            <translation>digest-gui 关闭时没有保存你对“%1”的更改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="162" />
            <source>The last changes were kept at %1. Restore them?</source>
            <translation>最近的更改保留于 %1。要恢复吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="170" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="175" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="179" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="195" />
            <source>API Key Needed</source>
            <translation>需要 API 密钥</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="196" />
            <source>%1.
Type the model server's API key to use it for this session:</source>
            <translation>%1。
请输入模型服务器的 API 密钥（仅在本次会话中使用）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="254" />
            <source>Replace a read-only file?</source>
            <translation>替换只读文件？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="255" />
            <source>“%1” is read-only.</source>
            <translation>“%1”是只读的。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="256" />
            <source>Someone may have protected it on purpose. Replace it anyway?</source>
            <translation>可能有人特意保护了它。仍要替换吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="264" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="280" />
            <source>Cannot write here</source>
            <translation>无法写入此处</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="282" />
            <source>Nothing was written and your work is still open. Save it somewhere else?</source>
            <translation>没有写入任何内容，您的工作仍然打开着。要保存到其他位置吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="310" />
            <source>Earlier versions of this project were kept. Open one?</source>
            <translation>此项目的早期版本已保留。要打开其中一个吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="314" />
            <source>Open a backup</source>
            <translation>打开备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="334" />
            <source>Project already open</source>
            <translation>项目已打开</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="335" />
            <source>“%1” is open in another digest-gui window (%2).</source>
            <translation>“%1”已在另一个 digest-gui 窗口中打开（%2）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="338" />
            <source>Editing it in two windows would let one overwrite the other's work. Switch to that window, or open a read-only view here?</source>
            <translation>在两个窗口中编辑会让一方覆盖另一方的工作。要切换到那个窗口，还是在这里以只读方式查看？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="349" />
            <source>Switch to It</source>
            <translation>切换过去</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs.py" line="356" />
            <source>Open Read-Only</source>
            <translation>以只读方式打开</translation>
        </message>
    </context>
</TS>
