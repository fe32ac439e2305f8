<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="80" />
            <source>New project</source>
            <translation>新项目</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="102" />
            <source>Cannot open the project</source>
            <translation>无法打开项目</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="106" />
            <source>Opened %1 (%n paper(s))</source>
            <translation>
                <numerusform>已打开 %1（%n 篇论文）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="124" />
            <source>Cannot import the digest</source>
            <translation>无法导入摘要</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="127" />
            <source>Imported %1 (%n paper(s))</source>
            <translation>
                <numerusform>已导入 %1（%n 篇论文）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="131" />
            <source>Imported with remarks</source>
            <translation>已导入，但有提示</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="154" />
            <source>digest</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="158" />
            <source>Save Project As</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="160" />
            <source>digest-gui projects (*.digest);;JSON (*.json)</source>
            <translation>digest-gui 项目 (*.digest);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="173" />
            <source>Cannot save the project</source>
            <translation>无法保存项目</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="177" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="184" />
            <source>Cannot reload the project</source>
            <translation>无法重新载入项目</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="186" />
            <source>Reloaded %1 from disk</source>
            <translation>已从磁盘重新载入 %1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="198" />
            <source>Export Markdown</source>
            <translation>导出 Markdown</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="198" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="202" />
            <location filename="../../digest_gui/ui/file_actions.py" line="211" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="206" />
            <source>Export HTML</source>
            <translation>导出 HTML</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="206" />
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/file_actions.py" line="219" />
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="225" />
            <source>Copied the digest (%n paper(s)) as Markdown</source>
            <translation>
                <numerusform>已将摘要（%n 篇论文）复制为 Markdown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="170" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="171" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="172" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="173" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="174" />
            <source>&amp;Import Digest Markdown…</source>
            <translation>导入摘要 Markdown(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="175" />
            <source>&amp;Export Markdown…</source>
            <translation>导出 Markdown(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="176" />
            <source>Export &amp;HTML…</source>
            <translation>导出 HTML(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="177" />
            <source>&amp;Copy Markdown</source>
            <translation>复制 Markdown(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="178" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="179" />
            <source>&amp;Paste arXiv Links</source>
            <translation>粘贴 arXiv 链接(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="180" />
            <source>&amp;Delete Papers</source>
            <translation>删除论文(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="181" />
            <source>&amp;Filter Papers</source>
            <translation>筛选论文(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="182" />
            <source>Mark &amp;Reviewed</source>
            <translation>标记为已审阅(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="183" />
            <source>&amp;Next Paper</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="184" />
            <source>&amp;Previous Paper</source>
            <translation>上一篇(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="185" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="186" />
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="187" />
            <source>Preview &amp;Selected Paper</source>
            <translation>预览所选论文(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="188" />
            <source>Preview &amp;Whole Digest</source>
            <translation>预览整份摘要(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="189" />
            <source>&amp;About digest-gui</source>
            <translation>关于 digest-gui(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="193" />
            <source>System Language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="196" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="197" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="198" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="199" />
            <source>&amp;Paper</source>
            <translation>论文(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="200" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="201" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="202" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="257" />
            <source>No arXiv links or ids found in what was dropped</source>
            <translation>拖入的内容中没有 arXiv 链接或编号</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="262" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>已添加 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="265" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>跳过 %n 篇已在摘要中的论文：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="305" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="307" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n 篇已审阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="309" />
            <source>%n without Chinese</source>
            <translation>
                <numerusform>%n 篇缺中文</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="338" />
            <source>About digest-gui</source>
            <translation>关于 digest-gui</translation>
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="161" />
            <source>No paper selected.

Drop arXiv links here or paste them with Ctrl+Shift+V.</source>
            <translation>未选择论文。

把 arXiv 链接拖到这里，或用 Ctrl+Shift+V 粘贴。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="164" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="165" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="167" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="168" />
            <source>Title (Chinese)</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="169" />
            <source>One-line summary</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="170" />
            <source>Abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="171" />
            <source>Abstract translation</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="175" />
            <source>The summary is one sentence in Chinese; it goes into the table.</source>
            <translation>一句话总结用一句中文写成，会放进摘要表格。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="177" />
            <source>English title</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="178" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="179" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="180" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="181" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="186" />
            <source>New</source>
            <translation>新加入</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="187" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="188" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="189" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="193" />
            <source>Mark reviewed (Ctrl+Return)</source>
            <translation>标记为已审阅（Ctrl+Return）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="280" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n 字</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="286" />
            <source>(no arXiv id)</source>
            <translation>（无 arXiv 编号）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="299" />
            <source> and %n more</source>
            <translation>
                <numerusform> 等另外 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="313" />
            <source>Not fetched from arXiv yet.</source>
            <translation>尚未从 arXiv 获取。</translation>
        </message>
    </context>
    <context>
        <name>PaperListPane</name>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="43" />
            <source>New: not fetched yet</source>
            <translation>新加入：尚未获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="44" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="45" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="46" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="54" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="55" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="56" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="108" />
            <source>Fetch failed: %s</source>
            <translation>获取失败：%s</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="118" />
            <source>Missing: %s</source>
            <translation>缺少：%s</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="118" />
            <source>Filter (Ctrl+F)</source>
            <translation>筛选（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="119" />
            <source>Shows the papers that contain all these words, in any language</source>
            <translation>显示包含所有这些词的论文（中英文均可）</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="120" />
            <source>&amp;Copy Links</source>
            <translation>复制链接(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="121" />
            <source>Mark &amp;Reviewed</source>
            <translation>标记为已审阅(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="122" />
            <source>Mark &amp;Drafted</source>
            <translation>标记为已起草(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="123" />
            <source>Mark &amp;New</source>
            <translation>标记为新加入(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="124" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="125" />
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="126" />
            <source>De&amp;lete</source>
            <translation>删除(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="128" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_list.py" line="128" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="63" />
            <source>Selected paper</source>
            <translation>所选论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="64" />
            <source>Preview the selected paper only</source>
            <translation>只预览所选论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="65" />
            <source>Whole digest</source>
            <translation>整份摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preview.py" line="66" />
            <source>Preview the whole digest, scrolled to the selected paper</source>
            <translation>预览整份摘要，并滚动到所选论文</translation>
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../digest_gui/ui/preview_view.py" line="106" />
            <source>Select a paper to preview it.</source>
            <translation>选择一篇论文以预览。</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <location filename="../../digest_gui/ui/project.py" line="87" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/project.py" line="152" />
            <source>the project has no file name yet</source>
            <translation>项目还没有文件名</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <location filename="../../digest_gui/ui/about.py" line="26" />
            <source>Write bilingual (English/Chinese) digests of arXiv papers.</source>
            <translation>编写 arXiv 论文的中英双语摘要。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="48" />
            <source>Example digest</source>
            <translation>示例摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="67" />
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="110" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="111" />
            <source>%1. Your unsaved work is kept; details are in %2.</source>
            <translation>%1。未保存的内容已保留；详情见 %2。</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="24" />
            <source>Typing in English Title</source>
            <translation>输入英文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="25" />
            <source>Typing in Chinese Title</source>
            <translation>输入中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="26" />
            <source>Typing in Summary</source>
            <translation>输入一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="27" />
            <source>Typing in English Abstract</source>
            <translation>输入英文摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="28" />
            <source>Typing in Abstract Translation</source>
            <translation>输入摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="30" />
            <source>Typing</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="71" />
            <source>Status Change</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="107" />
            <source>Add Papers</source>
            <translation>添加论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="123" />
            <source>Delete Papers</source>
            <translation>删除论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/commands.py" line="141" />
            <source>Move Papers</source>
            <translation>移动论文</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="23" />
            <source>digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation>digest-gui 项目 (*.digest *.json);;摘要 Markdown (*.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="31" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="39" />
            <source>Import Digest Markdown</source>
            <translation>导入摘要 Markdown</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="41" />
            <source>Digest Markdown (*.md *.markdown);;All files (*)</source>
            <translation>摘要 Markdown (*.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="56" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="57" />
            <source>Save the changes to “%1”?</source>
            <translation>保存对“%1”的更改吗？</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="59" />
            <source>Your changes are lost if you don't save them.</source>
            <translation>如果不保存，这些更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="79" />
            <source>File changed on disk</source>
            <translation>文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="81" />
            <source>“%1” was changed by another program since you opened it.</source>
            <translation>打开“%1”之后，它被另一个程序修改过。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="86" />
            <source>Save your version under another name, overwrite the other changes, or reload the file and drop your unsaved changes.</source>
            <translation>可以把你的版本另存为新文件、覆盖别人的修改，或重新载入文件并放弃你未保存的更改。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="93" />
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="96" />
            <source>Overwrite</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="98" />
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="116" />
            <source>Restore unsaved changes?</source>
            <translation>恢复未保存的更改吗？</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="118" />
            <source>digest-gui closed without saving your changes to “%1”.</source>
            <translation>digest-gui 关闭时没有保存你对“%1”的更改。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="123" />
            <source>The last changes were kept at %1. Restore them?</source>
            <translation>最近的更改保留于 %1。要恢复吗？</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="128" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="131" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/dialogs.py" line="133" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
</TS>
