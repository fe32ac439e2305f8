"""Fill the Simplified Chinese and English (plural forms) .ts files from the table below.

Run after `make update-translations`; texts not in the table stay unfinished so that
Qt Linguist shows them. The .ts files are the sources; the .qm files are built from them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "digest_gui" / "resources" / "translations"

ZH = {
    "New project": "新项目",
    "Cannot open the project": "无法打开项目",
    "Opened %1 (%n paper(s))": "已打开 %1（%n 篇论文）",
    "Cannot import the digest": "无法导入摘要",
    "Imported %1 (%n paper(s))": "已导入 %1（%n 篇论文）",
    "Imported with remarks": "已导入，但有提示",
    "digest": "摘要",
    "Save Project As": "项目另存为",
    "digest-gui projects (*.digest);;JSON (*.json)": "digest-gui 项目 (*.digest);;JSON (*.json)",
    "Cannot save the project": "无法保存项目",
    "Saved %1": "已保存 %1",
    "Cannot reload the project": "无法重新载入项目",
    "Reloaded %1 from disk": "已从磁盘重新载入 %1",
    "Export Markdown": "导出 Markdown",
    "Markdown (*.md)": "Markdown (*.md)",
    "Cannot export": "无法导出",
    "Export HTML": "导出 HTML",
    "Export %1": "导出 %1",
    "Web page (*.html)": "网页 (*.html)",
    "Exported %1": "已导出 %1",
    "Copied the digest (%n paper(s)) as Markdown": "已将摘要（%n 篇论文）复制为 Markdown",
    "&New": "新建(&N)",
    "&Open…": "打开(&O)…",
    "&Save": "保存(&S)",
    "Save &As…": "另存为(&A)…",
    "&Import Digest Markdown…": "导入摘要 Markdown(&I)…",
    "&Export Markdown…": "导出 Markdown(&E)…",
    "Export &HTML…": "导出 HTML(&H)…",
    "&Copy Markdown": "复制 Markdown(&C)",
    "&Quit": "退出(&Q)",
    "&Paste arXiv Links": "粘贴 arXiv 链接(&P)",
    "&Delete Papers": "删除论文(&D)",
    "&Filter Papers": "筛选论文(&F)",
    "Mark &Reviewed": "标记为已审阅(&R)",
    "&Next Paper": "下一篇(&N)",
    "&Previous Paper": "上一篇(&P)",
    "Move &Up": "上移(&U)",
    "Move Do&wn": "下移(&W)",
    "Preview &Selected Paper": "预览所选论文(&S)",
    "Preview &Whole Digest": "预览整份摘要(&W)",
    "&About digest-gui": "关于 digest-gui(&A)",
    "System Language": "跟随系统",
    "&File": "文件(&F)",
    "Open &Recent": "最近打开(&R)",
    "&Edit": "编辑(&E)",
    "&Paper": "论文(&P)",
    "&View": "视图(&V)",
    "&Language": "语言(&L)",
    "&Help": "帮助(&H)",
    "No arXiv links or ids found in what was dropped": "拖入的内容中没有 arXiv 链接或编号",
    "Added %n paper(s)": "已添加 %n 篇论文",
    "skipped %n already in the digest: ": "跳过 %n 篇已在摘要中的论文：",
    "%n paper(s)": "%n 篇论文",
    "%n reviewed": "%n 篇已审阅",
    "%n without Chinese": "%n 篇缺中文",
    "About digest-gui": "关于 digest-gui",
    "No paper selected.\n\nDrop arXiv links here or paste them with Ctrl+Shift+V.": (
        "未选择论文。\n\n把 arXiv 链接拖到这里，或用 Ctrl+Shift+V 粘贴。"
    ),
    "English": "英文",
    "中文": "中文",
    "Title": "标题",
    "Title (Chinese)": "中文标题",
    "One-line summary": "一句话总结",
    "Abstract": "摘要",
    "Abstract translation": "摘要翻译",
    "The summary is one sentence in Chinese; it goes into the table.": (
        "一句话总结用一句中文写成，会放进摘要表格。"
    ),
    "English title": "英文标题",
    "中文标题": "中文标题",
    "一句话总结": "一句话总结",
    "English abstract": "英文摘要",
    "摘要翻译": "摘要翻译",
    "New": "新加入",
    "Fetched": "已获取",
    "Drafted": "已起草",
    "Reviewed": "已审阅",
    "Mark reviewed (Ctrl+Return)": "标记为已审阅（Ctrl+Return）",
    "%n character(s)": "%n 字",
    "(no arXiv id)": "（无 arXiv 编号）",
    " and %n more": " 等另外 %n 人",
    "Not fetched from arXiv yet.": "尚未从 arXiv 获取。",
    "New: not fetched yet": "新加入：尚未获取",
    "Fetch failed: %s": "获取失败：%s",
    "Missing: %s": "缺少：%s",
    "Filter (Ctrl+F)": "筛选（Ctrl+F）",
    "Shows the papers that contain all these words, in any language": (
        "显示包含所有这些词的论文（中英文均可）"
    ),
    "&Copy Links": "复制链接(&C)",
    "Mark &Drafted": "标记为已起草(&D)",
    "Mark &New": "标记为新加入(&N)",
    "De&lete": "删除(&L)",
    "Selected paper": "所选论文",
    "Preview the selected paper only": "只预览所选论文",
    "Whole digest": "整份摘要",
    "Preview the whole digest, scrolled to the selected paper": "预览整份摘要，并滚动到所选论文",
    "Select a paper to preview it.": "选择一篇论文以预览。",
    "Untitled": "未命名",
    "the project has no file name yet": "项目还没有文件名",
    "Write bilingual (English/Chinese) digests of arXiv papers.": "编写 arXiv 论文的中英双语摘要。",
    "Example digest": "示例摘要",
    "Cannot restore": "无法恢复",
    "Something went wrong": "出错了",
    "%1. Your unsaved work is kept; details are in %2.": "%1。未保存的内容已保留；详情见 %2。",
    "Typing in English Title": "输入英文标题",
    "Typing in Chinese Title": "输入中文标题",
    "Typing in Summary": "输入一句话总结",
    "Typing in English Abstract": "输入英文摘要",
    "Typing in Abstract Translation": "输入摘要翻译",
    "Typing": "输入",
    "Status Change": "更改状态",
    "Add Papers": "添加论文",
    "Delete Papers": "删除论文",
    "Move Papers": "移动论文",
    "digest-gui projects (*.digest *.json);;Digest Markdown (*.md *.markdown);;All files (*)": (
        "digest-gui 项目 (*.digest *.json);;摘要 Markdown (*.md *.markdown);;所有文件 (*)"
    ),
    "Open": "打开",
    "Import Digest Markdown": "导入摘要 Markdown",
    "Digest Markdown (*.md *.markdown);;All files (*)": "摘要 Markdown (*.md *.markdown);;所有文件 (*)",
    "Unsaved changes": "未保存的更改",
    "Save the changes to “%1”?": "保存对“%1”的更改吗？",
    "Your changes are lost if you don't save them.": "如果不保存，这些更改将会丢失。",
    "File changed on disk": "文件已在磁盘上被修改",
    "“%1” was changed by another program since you opened it.": "打开“%1”之后，它被另一个程序修改过。",
    "Save your version under another name, overwrite the other changes, or reload the file and drop your "
    "unsaved changes.": "可以把你的版本另存为新文件、覆盖别人的修改，或重新载入文件并放弃你未保存的更改。",
    "Save As…": "另存为…",
    "Overwrite": "覆盖",
    "Reload": "重新载入",
    "Restore unsaved changes?": "恢复未保存的更改吗？",
    "digest-gui closed without saving your changes to “%1”.": "digest-gui 关闭时没有保存你对“%1”的更改。",
    "The last changes were kept at %1. Restore them?": "最近的更改保留于 %1。要恢复吗？",
    "Restore": "恢复",
    "Discard": "放弃",
    "Later": "稍后",
    "&Fetch from arXiv": "从 arXiv 获取(&F)",
    "Fetch All &Missing or Failed": "获取所有缺失或失败的论文(&M)",
    "Import from arXiv &Listing…": "从 arXiv 每日列表导入(&L)…",
    "Pre&ferences…": "首选项(&F)…",
    "Cancel": "取消",
    "Fetching %v of %m": "正在获取 %v / %m",
    "Fetched %n paper(s) from arXiv": "已从 arXiv 获取 %n 篇论文",
    "%n failed (see the red marks in the list; F5 tries again)": "%n 篇失败（见列表中的红色标记；按 F5 重试）",
    "Show": "查看",
    "Accept": "接受",
    "Ignore": "忽略",
    "version": "版本",
    "authors": "作者",
    "comment": "备注",
    "categories": "分类",
    "arXiv has a newer version (v%1) with changes to: %2": "arXiv 上有更新的版本（v%1），改动涉及：%2",
    "arXiv's text differs from yours in: %1": "arXiv 上的内容与你的不同：%1",
    "Yours: %1": "你的：%1",
    "arXiv: %1": "arXiv：%1",
    "Changes on arXiv": "arXiv 上的改动",
    "Accept arXiv's Changes": "接受 arXiv 的改动",
    "Ignore arXiv's Changes": "忽略 arXiv 的改动",
    "Waiting to be fetched from arXiv": "等待从 arXiv 获取",
    "Fetching from arXiv…": "正在从 arXiv 获取…",
    "Preferences": "首选项",
    " s": " 秒",
    "arXiv API address:": "arXiv API 地址：",
    "arXiv listings address:": "arXiv 每日列表地址：",
    "Time between requests:": "请求间隔：",
    "arXiv's terms of use ask for at least 3 seconds between requests.": "arXiv 的使用条款要求两次请求之间至少间隔 3 秒。",
    "%1 is set and takes precedence.": "已设置 %1，以它为准。",
    "Fetch %1 from arXiv": "从 arXiv 获取 %1",
    "Fetching stopped: %1": "获取已停止：%1",
    "Import from arXiv Listing": "从 arXiv 列表导入",
    "&Categories:": "分类(&C)：",
    "e.g. cs.LG, cs.CV": "例如 cs.LG, cs.CV",
    "arXiv categories, separated by commas or spaces": "arXiv 分类，用逗号或空格分隔",
    "&Fetch Today's Listing": "获取今日列表(&F)",
    "Fetch shows today's announcements from %1": "“获取”会显示来自 %1 的今日公告",
    "Filter by title, author, abstract or arXiv id": "按标题、作者、摘要或 arXiv 编号筛选",
    "First announcements of papers in these categories": "这些分类中首次发布的论文",
    "New papers of other categories, cross-listed here": "其他分类交叉列入这里的新论文",
    "New versions of papers of these categories": "这些分类中论文的新版本",
    "New versions of cross-listed papers": "交叉列入论文的新版本",
    "Select &All": "全选(&A)",
    "Select &None": "全不选(&N)",
    "Tick every paper shown": "勾选显示的所有论文",
    "Untick every paper shown": "取消勾选显示的所有论文",
    "Fetching the listings of %1…": "正在获取 %1 的列表…",
    "Cancelled.": "已取消。",
    "%n announcement(s) in %1": "%1 共 %n 篇公告",
    "No announcements today: arXiv announces nothing on weekends and holidays.": "今天没有公告：arXiv 在周末和节假日不发布论文。",
    "%1 of %2 shown": "显示 %1 / %2",
    "&Add (%n)": "添加 %n 篇(&A)",
    "arXiv": "arXiv",
    "Authors": "作者",
    "Categories": "分类",
    "Type": "类型",
    "in digest": "已在摘要中",
    "Already in the digest": "已在摘要中",
    "Primary category: %1": "主分类：%1",
    # Drafting with a language model, the quality checks and the glossary.
    "&Draft Chinese": "起草中文(&D)",
    "Ask the model for a Chinese draft of the selected papers": "请模型为所选论文起草中文",
    "Draft All &Without Chinese": "起草所有缺中文的论文(&W)",
    "Drafting %v of %m": "正在起草 %v / %m",
    "Drafting needs a model: set the server address and the model in Preferences → Model.": "起草需要模型：请在“首选项 → 模型”中设置服务器地址和模型。",
    "Select the papers to draft first.": "请先选择要起草的论文。",
    "Nothing to draft: these papers are being drafted already, or have no arXiv id.": "没有可起草的论文：这些论文已在起草中，或没有 arXiv 编号。",
    "Every paper has its Chinese (or no English to translate yet).": "每篇论文都已有中文（或还没有可翻译的英文）。",
    "Drafted %n paper(s)": "已起草 %n 篇论文",
    "%n failed": "%n 篇失败",
    "cancelled": "已取消",
    "%1 tokens (%2 in, %3 out)": "%1 个词元（输入 %2，输出 %3）",
    "Cannot draft: %1": "无法起草：%1",
    "Draft %1": "起草 %1",
    "Drafting stopped: %1": "起草已停止：%1",
    "Your text and the draft's, side by side": "并排显示你的文本和草稿",
    "Replace your text with the draft's": "用草稿替换你的文本",
    "Keep your text and forget the draft": "保留你的文本，舍弃草稿",
    "Draft Again": "重新起草",
    "Dismiss": "关闭",
    "The draft failed: %1": "起草失败：%1",
    "Chinese title": "中文标题",
    "summary": "一句话总结",
    "abstract translation": "摘要翻译",
    "The draft suggests: %1": "草稿建议修改：%1",
    "Draft: %1": "草稿：%1",
    "The Draft's Suggestions": "草稿的建议",
    "Accept the Draft": "采用草稿",
    "Ignore the Draft": "忽略草稿",
    "%n quality warning(s) remain (F6 lists them)": "仍有 %n 条质量警告（按 F6 查看）",
    "Glossary": "术语表",
    "Filter terms": "筛选术语",
    "Term": "术语",
    "Note": "备注",
    "&Add Term": "添加术语(&A)",
    "&Remove": "删除(&R)",
    "&Import CSV/TSV…": "导入 CSV/TSV(&I)…",
    "E&xport CSV…": "导出 CSV(&X)…",
    "Drafts are asked to use these translations, and the quality checks point out papers whose Chinese does not.": "起草时会要求模型使用这些译名；质量检查会指出中文未使用它们的论文。",
    "Row %1: “%2” has no Chinese.": "第 %1 行：“%2”没有中文。",
    "Row %1: “%2” has no English term.": "第 %1 行：“%2”没有英文术语。",
    "Row %1: “%2” is already in row %3.": "第 %1 行：“%2”已在第 %3 行。",
    "%1: not UTF-8 text (byte %2)": "%1：不是 UTF-8 文本（第 %2 字节）",
    "Imported %n term(s) from %1": "已从 %1 导入 %n 个术语",
    " (%n replaced)": "（替换了 %n 个）",
    "Export Glossary": "导出术语表",
    "CSV (*.csv);;Tab-separated (*.tsv)": "CSV (*.csv);;制表符分隔 (*.tsv)",
    "Exported %n term(s) to %1": "已导出 %n 个术语到 %1",
    "&Glossary…": "术语表(&G)…",
    "The glossary has %n term(s)": "术语表共有 %n 个术语",
    "%n drafted": "%n 篇已起草",
    "%n empty": "%n 篇有空字段",
    "%n warning(s)": "%n 条警告",
    "Empty: papers with an empty Chinese field. View → Quality Checks (F6).": "有空字段：中文字段为空的论文。查看 → 质量检查（F6）。",
    "e.g. gpt-4o-mini, deepseek-chat, qwen-plus, qwen2.5:14b": "例如 gpt-4o-mini、deepseek-chat、qwen-plus、qwen2.5:14b",
    "Forget Key": "删除密钥",
    "no limit": "不限",
    " characters": " 个字符",
    "System prompt": "系统提示词",
    "User prompt": "用户提示词",
    "&Test Connection": "测试连接(&T)",
    "Server address:": "服务器地址：",
    "Any OpenAI-compatible server: OpenAI https://api.openai.com/v1 · DeepSeek https://api.deepseek.com/v1 · Qwen https://dashscope.aliyuncs.com/compatible-mode/v1 · Ollama http://localhost:11434/v1 (no key needed)": "任何兼容 OpenAI 的服务器：OpenAI https://api.openai.com/v1 · DeepSeek https://api.deepseek.com/v1 · 通义千问 https://dashscope.aliyuncs.com/compatible-mode/v1 · Ollama http://localhost:11434/v1（无需密钥）",
    "Model:": "模型：",
    "API key:": "API 密钥：",
    "Temperature:": "温度：",
    "Time limit per request:": "每次请求的时限：",
    "Requests at once:": "同时请求数：",
    "Longest summary:": "总结最长：",
    "Reset to Default": "恢复默认",
    "Filled in: {title_en}, {abstract_en}, {summary_limit}, {glossary}": "会被填入：{title_en}、{abstract_en}、{summary_limit}、{glossary}",
    "from %1": "来自 %1",
    "The key comes from the environment variable %1.": "密钥来自环境变量 %1。",
    "A key is stored; type to replace it": "已保存密钥；输入新密钥可替换",
    "none (not needed for Ollama)": "无（Ollama 不需要）",
    "The key is kept in the system keyring, never in a file of digest-gui.": "密钥保存在系统钥匙串中，从不写入 digest-gui 的任何文件。",
    "A key is set for this session; type to replace it": "本次会话已设置密钥；输入新密钥可替换",
    "No keyring available: the key is kept for this session only; set %1 to keep it.": "没有可用的钥匙串：密钥只在本次会话中保留；设置 %1 可长期保留。",
    "Set the server address and the model first.": "请先设置服务器地址和模型。",
    "Testing…": "正在测试…",
    "It works: %1": "连接正常：%1",
    "It does not work: %1": "连接失败：%1",
    "Waiting to be drafted": "等待起草",
    "Drafting the Chinese…": "正在起草中文…",
    "Draft failed: %s": "起草失败：%s",
    "Model": "模型",
    "Quality Checks": "质量检查",
    "Empty fields": "空字段",
    "List the empty Chinese fields too": "同时列出空的中文字段",
    "&Quality Checks": "质量检查(&Q)",
    "Summary": "一句话总结",
    "Chinese abstract": "摘要翻译",
    "arXiv id": "arXiv 编号",
    "empty": "为空",
    "too long": "过长",
    "glossary term": "术语不符",
    "numbers missing": "缺少数字",
    "English left": "残留英文",
    "unpaired $": "$ 不成对",
    "duplicate": "重复",
    "Checking…": "正在检查…",
    "%n paper(s) with empty fields": "%n 篇论文有空字段",
    "No problems found.": "没有发现问题。",
    "Edit Glossary": "编辑术语表",
    "Import Glossary": "导入术语表",
    "Glossaries (*.csv *.tsv *.txt);;All files (*)": "术语表 (*.csv *.tsv *.txt);;所有文件 (*)",
    "Quality warnings": "质量警告",
    "The quality checks found %n problem(s) in the digest.": "质量检查在摘要中发现 %n 个问题。",
    "View → Quality Checks (F6) lists them. Export the digest as it is anyway?": "“查看 → 质量检查”（F6）列出了这些问题。仍要按现状导出摘要吗？",
    "Export Anyway": "仍然导出",
    "%1: %2": "%1：%2",
    "{length} characters; the limit is {limit}": "{length} 字，上限 {limit} 字",
    "“{term}” should read “{zh}”": "“{term}”应译作“{zh}”",
    "lacks {numbers} of the English abstract": "缺少英文摘要中的 {numbers}",
    "{count} English words in a row: “{words}”": "连续 {count} 个英文单词：“{words}”",
    "an unpaired $ (math is written between two $)": "$ 没有成对（数学公式应写在两个 $ 之间）",
    "the same paper as {earlier} ({id})": "与 {earlier} 是同一篇论文（{id}）",
}


def fill(path: Path, translate) -> list[str]:
    """Write translations into a .ts file; return the sources still untranslated."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = translate(source, message.get("numerus") == "yes")
        if forms is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    with open(path, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    return missing


def _chinese(source: str, _numerus: bool):
    text = ZH.get(source)
    return None if text is None else [text]


def _english(source: str, numerus: bool):
    # English needs translations only for its plural forms: "%n paper(s)" -> 1 paper, 2 papers.
    if not numerus:
        return None
    singular = source.replace("(s)", "").replace("character(s)", "character")
    plural = source.replace("(s)", "s")
    return [singular, plural]


if __name__ == "__main__":
    missing = fill(FOLDER / "digest_gui_zh_CN.ts", _chinese)
    fill(FOLDER / "digest_gui_en.ts", _english)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)
