<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>FetchController</name>
        <message>
            <location filename="../../digest_gui/ui/fetch.py" line="211" />
            <source>Fetch %1 from arXiv</source>
            <translation>从 arXiv 获取 %1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/fetch.py" line="215" />
            <source>Fetching stopped: %1</source>
            <translation>获取已停止：%1</translation>
        </message>
    </context>
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
            <location filename="../../digest_gui/ui/file_actions.py" line="216" />
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
            <location filename="../../digest_gui/ui/file_actions.py" line="224" />
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/file_actions.py" line="230" />
            <source>Copied the digest (%n paper(s)) as Markdown</source>
            <translation>
                <numerusform>已将摘要（%n 篇论文）复制为 Markdown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingDialog</name>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="127" />
            <source>Fetch shows today's announcements from %1</source>
            <translation>“获取”会显示来自 %1 的今日公告</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="209" />
            <source>Import from arXiv Listing</source>
            <translation>从 arXiv 列表导入</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="210" />
            <source>&amp;Categories:</source>
            <translation>分类(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="211" />
            <source>e.g. cs.LG, cs.CV</source>
            <translation>例如 cs.LG, cs.CV</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="212" />
            <source>arXiv categories, separated by commas or spaces</source>
            <translation>arXiv 分类，用逗号或空格分隔</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="213" />
            <source>&amp;Fetch Today's Listing</source>
            <translation>获取今日列表(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="214" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="215" />
            <source>Filter by title, author, abstract or arXiv id</source>
            <translation>按标题、作者、摘要或 arXiv 编号筛选</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="217" />
            <source>First announcements of papers in these categories</source>
            <translation>这些分类中首次发布的论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="218" />
            <source>New papers of other categories, cross-listed here</source>
            <translation>其他分类交叉列入这里的新论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="219" />
            <source>New versions of papers of these categories</source>
            <translation>这些分类中论文的新版本</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="220" />
            <source>New versions of cross-listed papers</source>
            <translation>交叉列入论文的新版本</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="224" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="225" />
            <source>Select &amp;None</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="226" />
            <source>Tick every paper shown</source>
            <translation>勾选显示的所有论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="227" />
            <source>Untick every paper shown</source>
            <translation>取消勾选显示的所有论文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="265" />
            <source>Fetching the listings of %1…</source>
            <translation>正在获取 %1 的列表…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="273" />
            <location filename="../../digest_gui/ui/listing_dialog.py" line="323" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="302" />
            <source>%n announcement(s) in %1</source>
            <translation>
                <numerusform>%1 共 %n 篇公告</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="308" />
            <source>No announcements today: arXiv announces nothing on weekends and holidays.</source>
            <translation>今天没有公告：arXiv 在周末和节假日不发布论文。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_dialog.py" line="389" />
            <source>%1 of %2 shown</source>
            <translation>显示 %1 / %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/listing_dialog.py" line="400" />
            <source>&amp;Add (%n)</source>
            <translation>
                <numerusform>添加 %n 篇(&amp;A)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListingModel</name>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="112" />
            <source>arXiv</source>
            <translation>arXiv</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="113" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="114" />
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="115" />
            <source>Categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="116" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="161" />
            <source>in digest</source>
            <translation>已在摘要中</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="176" />
            <source>Already in the digest</source>
            <translation>已在摘要中</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/listing_model.py" line="182" />
            <source>Primary category: %1</source>
            <translation>主分类：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="207" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="208" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="209" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="210" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="211" />
            <source>&amp;Import Digest Markdown…</source>
            <translation>导入摘要 Markdown(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="212" />
            <source>&amp;Export Markdown…</source>
            <translation>导出 Markdown(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="213" />
            <source>Export &amp;HTML…</source>
            <translation>导出 HTML(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="214" />
            <source>&amp;Copy Markdown</source>
            <translation>复制 Markdown(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="215" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="216" />
            <source>&amp;Paste arXiv Links</source>
            <translation>粘贴 arXiv 链接(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="217" />
            <source>&amp;Delete Papers</source>
            <translation>删除论文(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="218" />
            <source>&amp;Filter Papers</source>
            <translation>筛选论文(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="219" />
            <source>Mark &amp;Reviewed</source>
            <translation>标记为已审阅(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="220" />
            <source>&amp;Next Paper</source>
            <translation>下一篇(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="221" />
            <source>&amp;Previous Paper</source>
            <translation>上一篇(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="222" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="223" />
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="224" />
            <source>Preview &amp;Selected Paper</source>
            <translation>预览所选论文(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="225" />
            <source>Preview &amp;Whole Digest</source>
            <translation>预览整份摘要(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="226" />
            <source>&amp;About digest-gui</source>
            <translation>关于 digest-gui(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="227" />
            <source>&amp;Fetch from arXiv</source>
            <translation>从 arXiv 获取(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="228" />
            <source>Fetch All &amp;Missing or Failed</source>
            <translation>获取所有缺失或失败的论文(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="229" />
            <source>Import from arXiv &amp;Listing…</source>
            <translation>从 arXiv 每日列表导入(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="230" />
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="234" />
            <source>System Language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="237" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="238" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="239" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="240" />
            <source>&amp;Paper</source>
            <translation>论文(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="241" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="242" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="243" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="244" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="245" />
            <source>Fetching %v of %m</source>
            <translation>正在获取 %v / %m</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="310" />
            <source>Fetched %n paper(s) from arXiv</source>
            <translation>
                <numerusform>已从 arXiv 获取 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="312" />
            <source>%n failed (see the red marks in the list; F5 tries again)</source>
            <translation>
                <numerusform>%n 篇失败（见列表中的红色标记；按 F5 重试）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="379" />
            <source>No arXiv links or ids found in what was dropped</source>
            <translation>拖入的内容中没有 arXiv 链接或编号</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="351" />
            <location filename="../../digest_gui/ui/main_window.py" line="384" />
            <source>Added %n paper(s)</source>
            <translation>
                <numerusform>已添加 %n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="353" />
            <location filename="../../digest_gui/ui/main_window.py" line="387" />
            <source>skipped %n already in the digest: </source>
            <translation>
                <numerusform>跳过 %n 篇已在摘要中的论文：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="429" />
            <source>%n paper(s)</source>
            <translation>
                <numerusform>%n 篇论文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="431" />
            <source>%n reviewed</source>
            <translation>
                <numerusform>%n 篇已审阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/main_window.py" line="433" />
            <source>%n without Chinese</source>
            <translation>
                <numerusform>%n 篇缺中文</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/main_window.py" line="462" />
            <source>About digest-gui</source>
            <translation>关于 digest-gui</translation>
        </message>
    </context>
    <context>
        <name>PaperEditor</name>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="186" />
            <source>No paper selected.

Drop arXiv links here or paste them with Ctrl+Shift+V.</source>
            <translation>未选择论文。

把 arXiv 链接拖到这里，或用 Ctrl+Shift+V 粘贴。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="189" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="190" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="192" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="193" />
            <source>Title (Chinese)</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="194" />
            <source>One-line summary</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="195" />
            <source>Abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="196" />
            <source>Abstract translation</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="200" />
            <source>The summary is one sentence in Chinese; it goes into the table.</source>
            <translation>一句话总结用一句中文写成，会放进摘要表格。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="202" />
            <location filename="../../digest_gui/ui/editor.py" line="306" />
            <source>English title</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="203" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="204" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="205" />
            <location filename="../../digest_gui/ui/editor.py" line="307" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="206" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="211" />
            <source>New</source>
            <translation>新加入</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="212" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="213" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="214" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="218" />
            <source>Mark reviewed (Ctrl+Return)</source>
            <translation>标记为已审阅（Ctrl+Return）</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="219" />
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="220" />
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="221" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="308" />
            <source>version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="309" />
            <source>authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="310" />
            <source>comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="311" />
            <source>categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="322" />
            <source>arXiv has a newer version (v%1) with changes to: %2</source>
            <translation>arXiv 上有更新的版本（v%1），改动涉及：%2</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="325" />
            <source>arXiv's text differs from yours in: %1</source>
            <translation>arXiv 上的内容与你的不同：%1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="339" />
            <source>Yours: %1</source>
            <translation>你的：%1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="341" />
            <source>arXiv: %1</source>
            <translation>arXiv：%1</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="346" />
            <source>Changes on arXiv</source>
            <translation>arXiv 上的改动</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="351" />
            <source>Accept arXiv's Changes</source>
            <translation>接受 arXiv 的改动</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="356" />
            <source>Ignore arXiv's Changes</source>
            <translation>忽略 arXiv 的改动</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="364" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n 字</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="370" />
            <source>(no arXiv id)</source>
            <translation>（无 arXiv 编号）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../digest_gui/ui/editor.py" line="384" />
            <source> and %n more</source>
            <translation>
                <numerusform> 等另外 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/editor.py" line="398" />
            <source>Not fetched from arXiv yet.</source>
            <translation>尚未从 arXiv 获取。</translation>
        </message>
    </context>
    <context>
        <name>PaperListPane</name>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="45" />
            <source>New: not fetched yet</source>
            <translation>新加入：尚未获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="46" />
            <source>Fetched</source>
            <translation>已获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="47" />
            <source>Drafted</source>
            <translation>已起草</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="48" />
            <source>Reviewed</source>
            <translation>已审阅</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="56" />
            <source>中文标题</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="57" />
            <source>一句话总结</source>
            <translation>一句话总结</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="58" />
            <source>摘要翻译</source>
            <translation>摘要翻译</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="110" />
            <source>Waiting to be fetched from arXiv</source>
            <translation>等待从 arXiv 获取</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="112" />
            <source>Fetching from arXiv…</source>
            <translation>正在从 arXiv 获取…</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="115" />
            <source>Fetch failed: %s</source>
            <translation>获取失败：%s</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/paper_icons.py" line="125" />
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
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="29" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="38" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="41" />
            <source>arXiv API address:</source>
            <translation>arXiv API 地址：</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="42" />
            <source>arXiv listings address:</source>
            <translation>arXiv 每日列表地址：</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="43" />
            <source>Time between requests:</source>
            <translation>请求间隔：</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="46" />
            <source>arXiv's terms of use ask for at least 3 seconds between requests.</source>
            <translation>arXiv 的使用条款要求两次请求之间至少间隔 3 秒。</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/preferences.py" line="49" />
            <source>%1 is set and takes precedence.</source>
            <translation>已设置 %1，以它为准。</translation>
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
            <location filename="../../digest_gui/ui/preview_view.py" line="112" />
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
            <location filename="../../digest_gui/ui/app.py" line="47" />
            <source>Example digest</source>
            <translation>示例摘要</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="66" />
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="109" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="../../digest_gui/ui/app.py" line="110" />
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
