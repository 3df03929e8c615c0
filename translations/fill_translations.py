#!/usr/bin/env python3
"""Fills sillok_ko.ts (Korean) and sillok_en.ts (English plurals and identity) after lupdate.

Usage: ninja -C <build> update_translations && python3 translations/fill_translations.py
Every source string must have a Korean entry below; the script fails listing the missing ones.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

KO = {
    "day": "일", "month": "월", "year": "연", "unknown": "알 수 없음", "no date": "날짜 없음",
    "%1 (%2 precision)": "%1 (%2 단위)", "dateline": "기사 날짜 표기", "page metadata": "페이지 메타데이터",
    "given at import": "가져올 때 지정", "not stated": "표기 없음",
    "Organization": "기관", "Person": "인물", "Initiative": "사업", "Meeting": "회의",
    "Organizations": "기관", "People": "인물", "Initiatives": "사업", "Meetings": "회의",
    "organizer": "주최", "participant": "참석", "owner": "주관", "role": "직책", "part of": "상위 회의·사업",
    "discussed": "논의", "member of": "소속",
    "official": "공식 명칭", "abbreviation": "약칭", "English": "영문", "as written": "기사 표기",
    "added by you": "직접 추가",
    "The file could not be read or written.": "파일을 읽거나 쓸 수 없습니다.",
    "The file has no article text.": "파일에 기사 본문이 없습니다.",
    "The file is not text.": "텍스트 파일이 아닙니다.",
    "The text encoding is not supported.": "지원하지 않는 문자 인코딩입니다.",
    "The content could not be parsed.": "내용을 해석할 수 없습니다.",
    "The database reported an error.": "데이터베이스 오류가 발생했습니다.",
    "It could not be found.": "찾을 수 없습니다.",
    "The request is not valid.": "올바르지 않은 요청입니다.",
    "The search could not be run.": "검색을 실행할 수 없습니다.",
    "Cancelled.": "취소되었습니다.",
    "This kind of file is not supported (Sillok imports .txt, .html and .htm).":
        "지원하지 않는 파일 형식입니다 (실록은 .txt, .html, .htm 파일을 가져옵니다).",
    "Something went wrong.": "문제가 생겼습니다.",
    "Details: %1": "자세히: %1", "Details…": "자세히…",
    "Show more… (%1 of %2 shown)": "더 보기… (%2개 중 %1개 표시)",
    "Show four times as many of each list (Enter)": "목록마다 네 배씩 더 보여 줍니다 (Enter)",
    "Part of this page could not be loaded. %1": "이 페이지의 일부를 불러오지 못했습니다. %1",
    "The highlights of this article could not be loaded. %1": "이 기사의 강조를 불러오지 못했습니다. %1",
    "%1 failed. %2 It was removed from the undo history.": "%1 작업을 하지 못했습니다. %2 실행 취소 기록에서 뺐습니다.",
    "Undo of %1 failed. %2 The change stays; it was removed from the undo history.":
        "%1 작업을 취소하지 못했습니다. %2 변경 내용은 그대로 남고, 실행 취소 기록에서 뺐습니다.",
    "Yellow": "노랑", "Green": "초록", "Blue": "파랑", "Pink": "분홍", "Purple": "보라",
    "%1, from the %2": "%1, %2 기준",
    "Highlight “%1”": "“%1” 강조", "Edit note on “%1”": "“%1” 메모 수정", "Delete highlight “%1”": "“%1” 강조 삭제",
    "Sillok: a knowledge base over Korean AI-chip industry news.": "실록: 한국 AI 반도체 산업 뉴스 지식 베이스.",
    "Use the database at <path> (default: $SILLOK_DB, then the app data folder).":
        "<path>의 데이터베이스를 사용합니다 (기본값: $SILLOK_DB, 없으면 앱 데이터 폴더).",
    "Importing the sample articles": "예제 기사를 가져오는 중",
    "Sillok cannot open the library %1.": "실록이 서고 파일 %1을(를) 열 수 없습니다.",
    "You can set the file aside (it is renamed, not deleted) and start a new library, open another library file, or quit.":
        "이 파일을 치워 두고(지우지 않고 이름만 바꿉니다) 새 서고를 시작하거나, 다른 서고 파일을 열거나, 종료할 수 있습니다.",
    "Start a new library": "새 서고 시작", "Open another…": "다른 파일 열기…", "Quit": "종료",
    "The file could not be renamed; check the folder's permissions.": "파일 이름을 바꿀 수 없습니다. 폴더 권한을 확인하세요.",
    "Open a library": "서고 열기",
    "Upgrading your library for this version of Sillok…\nThis happens once, and may take a while for a large library.":
        "이 버전의 실록에 맞게 서고를 갱신하는 중입니다…\n한 번만 하며, 큰 서고는 시간이 좀 걸릴 수 있습니다.",
    "Highlight": "강조", "Text:": "본문:", "Colour:": "색:", "Your note (optional)": "메모 (선택)",
    "Note:": "메모:", "comma-separated, e.g. budget, follow-up": "쉼표로 구분, 예: 예산, 후속 확인",
    "Tags:": "태그:",
    "[orphaned] %1": "[위치 잃음] %1",
    "Orphaned: the highlighted words are no longer in the article.": "위치 잃음: 강조한 문구가 기사에 더 이상 없습니다.",
    "Note": "메모", "Tags": "태그", "Article": "기사",
    "This article": "이 기사만", "All colours": "모든 색", "All tags": "모든 태그",
    "Search highlights and notes…": "강조와 메모 검색…",
    "Title": "제목", "Date": "날짜", "Source": "출처", "Notes": "메모",
    "Name": "이름", "Type": "유형", "Kind": "종류", "Articles": "기사", "Mentions": "언급",
    "Rename…": "이름 바꾸기…", "Add alias…": "별칭 추가…", "Remove alias": "별칭 삭제", "Merge with…": "다른 개체와 병합…",
    "Split": "분리", "Not an entity": "개체 아님", "Facts": "사실 관계", "Meetings timeline": "회의 타임라인",
    "Names and aliases:": "이름과 별칭:",
    "Choose an entity in the Entities list, the reader, the timeline or the graph.":
        "개체 목록, 기사 본문, 타임라인 또는 그래프에서 개체를 고르세요.",
    "Kind: %1": "종류: %1", "Country: %1": "국가: %1", "English: %1": "영문: %1", "Date: %1": "날짜: %1",
    "Place: %1": "장소: %1",
    "%n article(s)": "기사 %n건", "%n mention(s)": "언급 %n회",
    "Marked as not an entity": "개체 아님으로 표시됨",
    "Rename to “%1”": "“%1”(으)로 이름 바꾸기", "Add alias “%1”": "별칭 “%1” 추가",
    "Remove alias “%1”": "별칭 “%1” 삭제", "Merge “%1” into “%2”": "“%1”을(를) “%2”에 병합",
    "Split “%1” out of “%2”": "“%2”에서 “%1” 분리", "Mark “%1” as not an entity": "“%1”을(를) 개체 아님으로 표시",
    "Rename": "이름 바꾸기", "New name:": "새 이름:", "Add alias": "별칭 추가", "Another name for %1:": "%1의 다른 이름:",
    "Select an alias in the list first.": "먼저 목록에서 별칭을 고르세요.",
    "%1 (%n article(s))": "%1 (기사 %n건)", "Merge": "병합",
    "Merge into “%1” (it keeps its name):": "“%1”에 병합 (이름은 유지됩니다):",
    "All types": "모든 유형", "Filter by name or alias…": "이름이나 별칭으로 거르기…",
    "Sentence": "문장", "%1 (of)": "%1 (역관계)", "%n sentence(s)": "문장 %n개",
    "Relation": "관계", "With": "상대", "Value": "값", "Sources": "근거",
    "Whole graph": "전체 그래프", "Export GraphML…": "GraphML 내보내기…",
    "Export graph as GraphML": "그래프를 GraphML로 내보내기", "GraphML files (*.graphml)": "GraphML 파일 (*.graphml)",
    "Could not write %1.": "%1에 쓸 수 없습니다.",
    "Importing": "가져오는 중", "Looking for files…": "파일 찾는 중…",
    "Cancelling after the current file…": "현재 파일을 마친 뒤 취소합니다…",
    "%1 of %2 files": "파일 %2개 중 %1개",
    "The import could not run: %1": "가져오기를 실행할 수 없습니다: %1",
    "%1 new, %2 updated, %3 unchanged, %4 failed.": "새 기사 %1건, 갱신 %2건, 변경 없음 %3건, 실패 %4건.",
    "Filter articles…": "기사 거르기…",
    "Sillok": "실록", "Library": "서고", "Entities": "개체", "Entity": "개체 정보", "Annotations": "주석",
    "Timeline": "타임라인", "Graph": "그래프", "Database: %1": "데이터베이스: %1",
    "&File": "파일(&F)", "&Import files…": "파일 가져오기(&I)…", "Import articles": "기사 가져오기",
    "Articles (*.txt *.html *.htm);;All files (*)": "기사 (*.txt *.html *.htm);;모든 파일 (*)",
    "Import &folder…": "폴더 가져오기(&F)…", "Import a folder of articles": "기사 폴더 가져오기",
    "&Settings…": "설정(&S)…", "&Quit": "끝내기(&Q)", "&Edit": "편집(&E)", "&Undo": "실행 취소(&U)",
    "&Redo": "다시 실행(&R)", "&Highlight selection…": "선택 영역 강조(&H)…", "&Go": "이동(&G)",
    "&Search…": "검색(&S)…", "&Next article": "다음 기사(&N)", "&Previous article": "이전 기사(&P)",
    "&View": "보기(&V)", "Show &hidden blocks": "숨긴 블록 보기(&H)", "&Help": "도움말(&H)",
    "&About Sillok": "실록 정보(&A)", "About Sillok": "실록 정보",
    "<b>Sillok (실록)</b><br>A knowledge base over Korean AI-chip industry news: articles, entities, timeline, graph and your annotations, in one local file.":
        "<b>실록 (Sillok)</b><br>한국 AI 반도체 산업 뉴스 지식 베이스: 기사, 개체, 타임라인, 그래프와 내 주석을 로컬 파일 하나에 담습니다.",
    "Main": "기본", "Import finished.": "가져오기를 마쳤습니다.",
    "Show hidden blocks (navigation, captions, related news…)": "숨긴 블록 보기 (메뉴, 사진 설명, 관련 기사…)",
    "Highlight…": "강조…", "Highlight the selected text, with a note and tags": "선택한 문구를 메모, 태그와 함께 강조",
    "Choose an article in the Library.": "서고에서 기사를 고르세요.", "from the %1": "%1 기준",
    "%n highlight(s) could not be placed in this version of the article (orphaned): ":
        "강조 %n개는 이 판의 기사에서 위치를 찾지 못했습니다 (위치 잃음): ",
    "Select some text of the article body first.": "먼저 기사 본문에서 문구를 선택하세요.",
    "Highlight with note…": "메모와 함께 강조…", "Highlight in": "색으로 강조",
    "Edit highlight…": "강조 수정…", "Delete highlight": "강조 삭제",
    "Search": "검색", "Search entities and articles (Korean or English)…": "개체와 기사 검색 (한국어 또는 영어)…",
    "Search entities, articles and notes (Korean or English)…": "개체, 기사, 메모 검색 (한국어 또는 영어)…",
    "Sillok hit an internal error on this file; please report it.":
        "이 파일을 처리하다 실록 내부 오류가 났습니다. 알려 주시기 바랍니다.",
    "Clear filters": "필터 지우기", "No filters": "필터 없음", "Filtered by: %1": "필터: %1",
    "Remove every filter: type, organization, dates and facets": "유형, 기관, 기간, 세부 조건 필터를 모두 지웁니다",
    "Refine": "좁혀 보기", "Click a value to show only the articles that have it": "값을 누르면 그 값이 있는 기사만 봅니다",
    "%n entity(s)": "개체 %n개", "%1 of %n article(s)": "기사 %n건 중 %1건", "%n note(s)": "메모 %n개",
    "Years": "연도", "Sources": "출처", "Where these articles come from": "이 기사들을 가져온 곳",
    "Show only the %n article(s) with %1": "‘%1’ 관련 기사 %n건만 보기", "Best match": "가장 잘 맞는 항목",
    "Everything": "전체", "Articles only": "기사만", "Any organization": "모든 기관",
    "Articles not searched": "기사는 검색하지 않음", "No articles to refine": "좁혀 볼 기사가 없음",
    "Refine counts articles. Choose Everything or Articles only to refine by organization, person, initiative, "
    "meeting, year or source.":
        "좁혀 보기는 기사 수를 셉니다. 기관·인물·사업·회의·연도·출처로 좁히려면 '전체'나 '기사만'을 고르세요.",
    "from (2024-01)": "부터 (2024-01)", "to (2024-12-31)": "까지 (2024-12-31)", "Entities: %1": "개체: %1",
    "Settings": "설정", "System language": "시스템 언어", "Language:": "언어:",
    "A new language applies when Sillok starts again.": "새 언어는 실록을 다시 시작하면 적용됩니다.",
    "Language": "언어", "Restart Sillok to use the new language.": "새 언어를 쓰려면 실록을 다시 시작하세요.",
    "Export PNG…": "PNG 내보내기…", "Export SVG…": "SVG 내보내기…", "%n item(s)": "항목 %n개",
    "Export timeline as SVG": "타임라인을 SVG로 내보내기", "Export timeline as PNG": "타임라인을 PNG로 내보내기",
    "SVG images (*.svg)": "SVG 이미지 (*.svg)", "PNG images (*.png)": "PNG 이미지 (*.png)",
    # Evidence links, exports and annotation import.
    "an organisation, person, initiative or meeting (optional)": "기관, 인물, 사업 또는 회의 (선택)",
    "Link this highlight to an entity as evidence; it is listed on the entity's page.":
        "이 강조를 개체의 근거로 연결합니다. 개체 정보의 근거 목록에 나타납니다.",
    "Evidence for:": "근거로 연결할 개체:", "Evidence for": "근거 개체",
    "No entity has this name: choose one from the list, or clear the field.":
        "이 이름의 개체가 없습니다. 목록에서 고르거나 칸을 비우세요.",
    "Open in reader": "본문에서 열기",
    "Your highlights linked to this entity as evidence; double-click to read one in place.":
        "이 개체의 근거로 연결한 강조입니다. 두 번 누르면 본문의 해당 위치가 열립니다.",
    "Evidence": "근거", "Evidence (%1)": "근거 (%1)",
    "&Graph (GraphML)…": "그래프 (GraphML)(&G)…", "&Entities (CSV)…": "개체 (CSV)(&E)…",
    "&Facts (CSV)…": "사실 (CSV)(&F)…", "&Meetings (iCalendar)…": "회의 (iCalendar)(&M)…",
    "&Annotations (W3C JSON-LD)…": "주석 (W3C JSON-LD)(&A)…",
    "CSV files (*.csv)": "CSV 파일 (*.csv)", "iCalendar files (*.ics)": "iCalendar 파일 (*.ics)",
    "W3C Web Annotations (*.jsonld *.json)": "W3C 웹 주석 (*.jsonld *.json)",
    "&Export": "내보내기(&E)", "Import &annotations…": "주석 가져오기(&A)…", "Export": "내보내기",
    "Exporting to %1…": "%1(으)로 내보내는 중…", "Could not export: %1": "내보낼 수 없습니다: %1",
    "Exported to %1.": "%1(으)로 내보냈습니다.", "Import annotations": "주석 가져오기",
    "All files (*)": "모든 파일 (*)", "Could not import annotations: %1": "주석을 가져올 수 없습니다: %1",
    "Annotations: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 not imported.":
        "주석: 추가 %1, 갱신 %2, 변경 없음 %3, 위치 잃음 %4, 가져오지 못함 %5.",
    "Some annotations could not be imported; see the details.": "일부 주석을 가져오지 못했습니다. 자세한 내용을 보세요.",
    "Save the graph shown here (this neighbourhood) as GraphML; File → Export saves the whole graph.":
        "여기 보이는 그래프(이 주변)를 GraphML로 저장합니다. 전체 그래프는 파일 → 내보내기에서 저장합니다.",
    # app/views: graph and timeline controls, legends, kinds.
    "Centre of the view": "보기의 중심", "Show:": "표시:", "Depth:": "깊이:", "1 hop": "1단계", "2 hops": "2단계",
    "Show entities up to %n step(s) away from the centre": "중심에서 %n단계 안의 개체 표시",
    "Zoom out (wheel, -)": "축소 (휠, -)", "Zoom in (wheel, +)": "확대 (휠, +)", "Fit": "맞춤",
    "Show the whole graph": "그래프 전체 보기",
    "Exact day": "날짜 확정", "Day range": "기간", "Month only (day unknown)": "월만 (일 모름)",
    "Year only (month unknown)": "연도만 (월 모름)", "Other": "기타",
    "Month known": "월까지 확인", "Year known": "연도까지 확인", "Kinds:": "종류:",
    "By initiative": "사업별", "By organization": "기관별", "Group the timeline into lanes": "타임라인을 사업별 또는 기관별로 나눠 보기",
    "Show only items of one organization": "한 기관의 항목만 표시", "Kinds": "종류",
    "Show only some kinds of meetings and initiatives": "일부 종류의 회의와 사업만 표시",
    "Lanes:": "줄:", "Organization:": "기관:", "Zoom out (Ctrl+wheel, -)": "축소 (Ctrl+휠, -)",
    "Zoom in (Ctrl+wheel, +)": "확대 (Ctrl+휠, +)", "Show the whole time range": "전체 기간 보기",
    "All organizations": "모든 기관", "Kinds (%1)": "종류 (%1)",
    "Sillok timeline of initiatives and meetings": "실록 사업·회의 타임라인",
    "Policy": "정책", "Project": "프로젝트", "Program": "프로그램", "Alliance": "연합", "Fund": "기금",
    "Strategy": "전략", "Conference": "콘퍼런스", "Press conference": "기자회견", "Demonstration": "시연",
    "Example note: this sentence is evidence for the highlighted organisation.":
        "예시 메모: 이 문장은 강조한 기관의 근거입니다.",
    "Government": "정부·공공", "Company": "기업", "Research institute": "연구기관", "University": "대학",
    "Association": "협회·단체", "Media": "언론", "Meeting series": "연속 회의",
    "Exhibition": "전시회", "Forum": "포럼", "Ceremony": "행사", "Workshop": "워크숍", "Unspecified": "미지정",
    # What an import brought, the review queue (identity helper).
    "&Watch": "관심 등록(&W)", "Stop &watching": "관심 해제(&W)",
    "Watch the selected entity: what concerns it comes first (W)":
        "선택한 개체를 관심 목록에 올립니다. 관련 내용이 맨 위에 나옵니다 (W)",
    "Nothing imported yet.": "아직 가져온 기사가 없습니다.",
    "Import run %1: %n article(s)": "%1번째 가져오기: 기사 %n건",
    ", %n duplicate(s) of stories already held": ", 이미 있는 기사의 사본 %n건",
    "New (%1)": "새로 나온 개체 (%1)", "Seen again (%1)": "다시 나온 개체 (%1)",
    "New relations (%1)": "새 관계 (%1)",
    "&Accept": "수락(&A)", "&Reject": "거절(&R)",
    "Merge, keep or confirm as the item proposes (A)": "항목이 제안한 대로 병합하거나 남깁니다 (A)",
    "Keep apart, reject the entity or delete the annotation (R)":
        "따로 두거나, 개체를 제외하거나, 강조를 지웁니다 (R)",
    "Waiting for a decision": "결정을 기다리는 항목",
    "Possible merge": "병합 후보", "Uncertain name": "불확실한 이름", "Conflicting dates": "엇갈리는 날짜",
    "Orphaned highlight": "위치를 잃은 강조",
    "%1 — the same one? Accept merges them.": "%1 — 같은 대상인가요? 수락하면 하나로 병합합니다.",
    "%1 — no dictionary holds this name. Accept keeps it, Reject removes it.":
        "%1 — 사전에 없는 이름입니다. 수락하면 남기고, 거절하면 제외합니다.",
    "%1 — articles give different dates (%2). Select the sentence with the right date and accept; "
    "Reject keeps the meeting as it is.":
        "%1 — 기사마다 날짜가 다릅니다(%2). 맞는 날짜의 문장을 골라 수락하세요. 거절하면 회의를 그대로 둡니다.",
    "(the first %1 shown; each decision brings the next)": "(처음 %1건 표시, 하나를 결정할 때마다 다음 항목이 나옵니다)",
    "A highlight whose text is gone from its article. Accept keeps it, Reject deletes it.":
        "기사에서 해당 문구가 사라진 강조입니다. 수락하면 남기고, 거절하면 지웁니다.",
    "Nothing is waiting for a decision.": "결정을 기다리는 항목이 없습니다.",
    "%n item(s) waiting — A accepts, R rejects": "결정 대기 %n건 — A 수락, R 거절",
    "What this import brought": "이번에 가져온 내용", "Review": "검토",
    "What this &import brought": "이번에 가져온 내용(&I)", "&Review queue": "검토 대기 목록(&R)",
    " · %n more file(s) of this story": " · 같은 기사 파일 %n건 더",
    "Sillok hit an internal error on this file; please report it.":
        "실록이 이 파일을 처리하다가 내부 오류가 났습니다. 알려 주시면 고치겠습니다.", "Copies of this story": "이 기사의 사본",
    # Relations read from each end (guiflow): labels of the other side, as an analyst's table has them.
    "former role": "전 직책", "former member of": "전 소속", "partnership": "협력", "investment": "투자",
    "acquisition": "인수", "merger": "합병", "supply": "공급", "subsidiary of": "자회사", "participates in": "참여",
    "funds": "자금 지원",
    "organized by": "주최 기관", "attended by": "참석 기관", "led by": "주관 기관", "role at": "재직 기관",
    "formerly at": "전 재직 기관", "formerly member of": "전 소속 기관", "belongs to": "상위 회의·사업",
    "on the agenda": "논의 안건", "partners with": "협력 상대", "invests in": "투자처", "acquires": "피인수 기업",
    "merges with": "합병 상대", "supplies": "공급처", "is a subsidiary of": "모회사", "takes part in": "참여 사업",
    "provides funds to": "지원 대상",
    "organized": "주최한 회의", "attended": "참석한 회의", "leads": "주관 사업", "staff": "소속 인물",
    "members": "구성원", "former staff": "전 재직자", "former members": "전 구성원", "includes": "하위 회의·사업",
    "discussed at": "논의한 회의", "investment from": "투자자", "acquired by": "인수 기업", "supplied by": "공급사",
    "parent of": "자회사", "with participant": "참여 기관", "funded by": "지원 기관",
    # Entity page: relations, posts, paged lists.
    "%1 (“%2”)": "%1 (“%2”)", "Seen": "보도 기간", "Relations": "기업 관계",
    "Published %1: the article that states it": "%1 발행: 이 관계를 전한 기사",
    "First stated %1, latest %2 (publication dates of the articles that state it)": "처음 %1, 최근 %2 (이 관계를 전한 기사의 발행일)",
    "The date the articles give this relation itself": "기사가 밝힌 이 관계 자체의 날짜 (체결일 등)",
    "%1 (%2)": "%1 (%2)", "%1 — %2 (%3)": "%1 — %2 (%3)",
    "Current post: %1%2": "현 직책: %1%2", "Earlier post: %1%2": "이전 직책: %1%2", "Former post: %1": "전 직책: %1",
    " (“%1”)": " (“%1”)", "%1, %2": "%2 %1", " (article of %1)": " (%1 기사)",
    " (articles of %1 – %2)": " (%1 – %2 기사)",
    # Library panel.
    "Filter articles (title and text)…": "기사 거르기 (제목과 본문)…",
    "Finds the articles whose title or text contains the words, names and their aliases included":
        "제목이나 본문에 이 낱말이 들어 있는 기사를 찾습니다. 이름은 별칭까지 함께 찾습니다.",
    "Show all": "모두 보기", "Filtered by “%1”: %2 of %3 articles": "“%1”(으)로 거른 기사: 전체 %3건 중 %2건",
    # Main window: undo, history, help, re-extraction.
    "Re-extract now": "지금 다시 추출",
    "This library was extracted by an earlier version of Sillok. Re-extracting finds what this version finds; your corrections and highlights are kept. It runs in the background.":
        "이 서고는 이전 버전의 실록이 추출했습니다. 다시 추출하면 이 버전이 찾는 개체와 관계가 반영됩니다. 직접 고친 내용과 강조는 그대로 남고, 작업은 백그라운드에서 진행됩니다.",
    "Undo: %1": "실행 취소: %1", "Redo: %1": "다시 실행: %1", "Nothing to undo": "실행 취소할 작업 없음",
    "Nothing to redo": "다시 실행할 작업 없음", "&Find in article…": "기사에서 찾기(&F)…",
    "&Back": "뒤로(&B)", "&Forward": "앞으로(&O)", "&User guide": "사용 설명서(&U)", "&Keyboard shortcuts": "단축키(&K)",
    "Re-extraction finished.": "다시 추출을 마쳤습니다.",
    "This library was extracted by an earlier version: re-extract it to see what this version finds.":
        "이 서고는 이전 버전이 추출했습니다. 다시 추출하면 이 버전이 찾는 내용을 볼 수 있습니다.",
    "Undone: %1": "실행 취소함: %1", "Redone: %1": "다시 실행함: %1",
    "Sillok user guide": "실록 사용 설명서", "The user guide is not part of this build.": "이 빌드에는 사용 설명서가 없습니다.",
    "Keyboard shortcuts": "단축키", "Action": "동작", "Keys": "키",
    "Open the selected article, entity or result": "고른 기사·개체·검색 결과 열기", "Enter": "Enter",
    "Close a dialog or the search": "대화상자나 검색 닫기", "Esc": "Esc",
    "Extend the selection in the article": "기사에서 선택 범위 조절", "Shift+Arrow keys": "Shift+화살표",
    "This is the last article of the filtered list.": "거른 목록의 마지막 기사입니다.",
    "This is the first article of the filtered list.": "거른 목록의 첫 기사입니다.",
    "This is the last article.": "마지막 기사입니다.", "This is the first article.": "첫 기사입니다.",
    # Import and re-extraction progress.
    "Re-extracting the library": "서고 다시 추출 중", "Reading the library…": "서고 읽는 중…",
    "%1 articles/s": "초당 %1건", "%n s": "%n초", "%n min": "%n분", "%1 h %2 min": "%1시간 %2분",
    "about %1 left": "약 %1 남음",
    "The library could not be written, so the re-extraction stopped: %1 The library is intact and keeps what it had. Free some space (or make the file writable) and re-extract again.":
        "서고에 쓸 수 없어 다시 추출을 멈췄습니다: %1 서고는 손상되지 않았고 기존 내용도 그대로입니다. 공간을 확보하거나 파일을 쓸 수 있게 한 뒤 다시 추출하세요.",
    "The library could not be written, so the import stopped: %1 %n file(s) were imported and are safe; the library is intact. Import the same files again to import the other %2.":
        "서고에 쓸 수 없어 가져오기를 멈췄습니다: %1 파일 %n개는 안전하게 가져왔고 서고는 손상되지 않았습니다. 같은 파일을 다시 가져오면 나머지 %2개를 가져옵니다.",
    "%n article(s) re-extracted, %1 failed.": "기사 %n건을 다시 추출했습니다 (실패 %1건).",
    "Cancelled: re-extract again to finish.": "취소했습니다. 다시 추출하면 이어서 마칩니다.",
    "Cancelled: import the same files again to resume.": "취소했습니다. 같은 파일을 다시 가져오면 이어서 가져옵니다.",
    # Reader: find in the article.
    "Find in this article…": "이 기사에서 찾기…", "Previous": "이전", "Next": "다음", "Close": "닫기",
    "not found": "없음", "%1 of %2": "%2개 중 %1번째",
    # Desktop integration (main's strings, kept as translated there).
    "Articles (.txt, .html) or folders to import.": "가져올 기사(.txt, .html) 또는 폴더.",
    "Sillok cannot start": "실록을 시작할 수 없습니다",
    "Sillok's data files (dictionaries and sample articles) were not found. Reinstall Sillok.":
        "실록의 데이터 파일(사전과 예제 기사)을 찾지 못했습니다. 실록을 다시 설치하세요.",
    "No entity has this name or alias: choose one from the list, or clear the field.":
        "이 이름이나 별칭의 개체가 없습니다. 목록에서 고르거나 칸을 비우세요.",
    # Graph: whole graph, typed relations, co-mentions, exports.
    "Show the best-connected entities of the whole library": "서고 전체에서 관계가 가장 많은 개체 보기",
    "Show more": "더 보기", "Show %1 more": "%1개 더 보기",
    "Save the graph shown here as an image (PNG, SVG) or as GraphML; File → Export saves the whole graph.":
        "지금 보이는 그래프를 이미지(PNG, SVG)나 GraphML로 저장합니다. 그래프 전체는 파일 → 내보내기에서 저장합니다.",
    "PNG image…": "PNG 이미지…", "SVG image…": "SVG 이미지…", "GraphML…": "GraphML…",
    "The %1 best-connected entities of %2 with relations (most relations first). Double-click one to see its neighbourhood.":
        "관계가 있는 개체 %2개 가운데 관계가 많은 순으로 %1개를 보여 줍니다. 개체를 두 번 누르면 주변 관계를 봅니다.",
    "All %1 entities with relations. Double-click one to see its neighbourhood.":
        "관계가 있는 개체 %1개를 모두 보여 줍니다. 개체를 두 번 누르면 주변 관계를 봅니다.",
    "The %1 most strongly linked of %2 related entities are shown.":
        "연결된 개체 %2개 가운데 가장 긴밀한 %1개를 보여 줍니다.",
    "Export graph as PNG": "그래프를 PNG로 내보내기", "Export graph as SVG": "그래프를 SVG로 내보내기",
    "Graph exported to %1.": "그래프를 %1에 내보냈습니다.",
    "partnership": "협력", "investment": "투자", "acquisition": "인수", "merger": "합병", "supply": "공급",
    "subsidiary of": "자회사", "participates in": "참여", "funds": "자금 지원",
    "<b>%1</b> and <b>%2</b> are named in the same sentence %3 time(s), in %4 article(s).<br>A co-mention, not a stated relation.":
        "<b>%1</b>와(과) <b>%2</b>는 기사 %4건의 같은 문장에 %3번 함께 나옵니다.<br>함께 언급된 것일 뿐, 기사가 밝힌 관계는 아닙니다.",
    "co-mention (same sentence)": "함께 언급 (같은 문장)",
    "Named with the centre most often": "중심 개체와 자주 함께 언급",
    "Relations": "관계", "Relations (%1 hidden)": "관계 (%1개 숨김)",
    "Show or hide each kind of relation": "관계 종류별로 보이기·숨기기",
    "Co-mentions": "함께 언급",
    "Also draw the entities named in the same sentences as the centre, as dashed lines weighted by how often (a co-occurrence, not a stated relation)":
        "중심 개체와 같은 문장에 나온 개체도 점선으로 그립니다. 자주 나올수록 굵게 그립니다 (함께 언급일 뿐, 기사가 밝힌 관계는 아닙니다)",
    "Co-mentions are shown around one entity: double-click an entity first":
        "함께 언급은 한 개체를 중심으로 보여 줍니다. 먼저 개체를 두 번 누르세요",
    "%n left out: linked only through what is hidden": "숨긴 항목으로만 이어진 %n개도 뺐습니다",
    "Sillok graph of organizations, people, initiatives and meetings": "실록 기관·인물·사업·회의 그래프",
    # Timeline: counts at coarse zoom, filters, tooltips, exports.
    "Counts by lane and month: zoom in to see the items": "구분별·월별 건수입니다. 확대하면 개별 항목이 보입니다",
    "Timeline exported to %1.": "타임라인을 %1에 내보냈습니다.",
    "As written: %1": "기사 표기: %1",
    "%n meeting(s)": "회의 %n건", "%n initiative(s)": "사업 %n건",
    "Double-click it, or press Enter, to zoom in on it.": "두 번 클릭하거나 Enter 키를 누르면 이 기간을 확대합니다.",
    "Items per month:": "월별 항목 수:",
    # Entity page: the most stated facts first; graph legend; annotation links.
    "Showing the %1 most stated of %2 facts and relations.": "사실과 관계 %2개 가운데 가장 많이 언급된 %1개를 보여 줍니다.",
    "Show all %1": "%1개 모두 보기",
    "Legend": "범례",
    "Show or hide the legend (shapes, colours and lines) in the corner of the graph":
        "그래프 모서리의 범례(모양, 색, 선)를 보이거나 숨깁니다",
    "Linked to %1": "%1 관련",
    "Enter opens the sentence it rests on; S lists every sentence that states it.":
        "Enter: 근거 문장을 엽니다. S: 이를 서술한 모든 문장을 나열합니다.",
    "Every sentence that states “%1 · %2”: %n sentence(s), newest article first. Enter opens one in the reader.":
        "“%1 · %2”을(를) 서술한 모든 문장: 문장 %n개, 최신 기사부터. Enter를 누르면 리더에서 엽니다.",
    "Published": "발행일",
    "%n sentence(s) state it: S lists them": "문장 %n개가 이를 서술합니다: S로 나열",
    "Copy the selected rows of a list (tab-separated)": "목록에서 고른 행 복사(탭으로 구분)",
    "Ctrl+C": "Ctrl+C",
    "List every sentence that states the selected fact or relation (entity page)":
        "고른 사실이나 관계를 서술한 모든 문장 나열(개체 페이지)",
    "S": "S",
    "Export CSV…": "CSV로 내보내기…",
    "Every sentence listed here, as the Facts CSV export writes them": "여기 나열된 모든 문장을 사실 CSV 내보내기와 같은 형식으로",
    "Export sources": "출처 내보내기",
    "No fact's sources are listed.": "나열된 사실의 출처가 없습니다.",
}

# Same source text, different meaning: keyed by (source, comment).
KO_BY_COMMENT = {
    ("%1", "axis: a year"): "%1년",
    ("%1", "axis: day of month"): "%1일",
    ("%2 %1", "axis: month and year; %1 = year, %2 = month name"): "%1년 %2",
    ("%1  (%2)", "lane title and item count"): "%1  (%2)",
    ("Lanes:", "how the timeline is grouped into rows"): "묶음 기준:",
    ("d MMMM yyyy", "a resolved day"): "yyyy년 M월 d일",
    ("MMMM yyyy", "a resolved month"): "yyyy년 M월",
    ("%1", "a resolved year"): "%1년",
    ("%1 (year only)", "count cell of items dated to a year"): "%1년 (연도만 확인)",
    ("%1: %Ln item(s)", "count cell: its month and how many items"): "%1: 항목 %Ln개",
    ("%1 (%2)", "co-mentioned entity and sentence count"): "%1 (%2)",
    ("%1 of %n item(s)", "items passing the filters, of all"): "전체 %n건 중 %1건",
}


# English plurals that "(s)" → "s" does not give.
EN_PLURAL = {"%n entity(s)": ["%n entity", "%n entities"]}


def english_plural(source):
    if source in EN_PLURAL:
        return EN_PLURAL[source]
    one = source.replace("(s)", "").replace("%n", "%n")
    many = source.replace("(s)", "s")
    return [one, many]


def fill(path, korean):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        tr = message.find("translation")
        numerus = message.get("numerus") == "yes"
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        tr.attrib.pop("type", None)
        if korean:
            comment = message.find("comment")
            key = (source, comment.text if comment is not None else None)
            text = KO_BY_COMMENT.get(key, KO.get(source))
            if text is None:
                missing.append(source)
                tr.set("type", "unfinished")
                continue
            if numerus:
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
        elif numerus:
            for text in english_plural(source):
                ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = source
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


here = Path(__file__).resolve().parent
missing = fill(here / "sillok_ko.ts", True)
fill(here / "sillok_en.ts", False)
if missing:
    print("missing Korean translations:\n  " + "\n  ".join(missing), file=sys.stderr)
    sys.exit(1)
