"""Fill the Simplified Chinese and English (plural forms) .ts files from the table below.

Run after `make update-translations`; texts not in the table stay unfinished so that
Qt Linguist shows them. The .ts files are the sources; the .qm files are built from them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"

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
