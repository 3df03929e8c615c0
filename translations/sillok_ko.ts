<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Display</name>
        <message>
            <source>day</source>
            <translation>일</translation>
        </message>
        <message>
            <source>month</source>
            <translation>월</translation>
        </message>
        <message>
            <source>year</source>
            <translation>연</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>날짜 없음</translation>
        </message>
        <message>
            <source>%1 (%2 precision)</source>
            <translation>%1 (%2 단위)</translation>
        </message>
        <message>
            <source>dateline</source>
            <translation>기사 날짜 표기</translation>
        </message>
        <message>
            <source>page metadata</source>
            <translation>페이지 메타데이터</translation>
        </message>
        <message>
            <source>given at import</source>
            <translation>가져올 때 지정</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>표기 없음</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>사업</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>사업</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>organizer</source>
            <translation>주최</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>주관</translation>
        </message>
        <message>
            <source>role</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>상위 회의·사업</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>논의</translation>
        </message>
        <message>
            <source>member of</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>official</source>
            <translation>공식 명칭</translation>
        </message>
        <message>
            <source>abbreviation</source>
            <translation>약칭</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영문</translation>
        </message>
        <message>
            <source>as written</source>
            <translation>기사 표기</translation>
        </message>
        <message>
            <source>added by you</source>
            <translation>직접 추가</translation>
        </message>
        <message>
            <source>The file could not be read or written.</source>
            <translation>파일을 읽거나 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>The file is not text.</source>
            <translation>텍스트 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>The text encoding is not supported.</source>
            <translation>지원하지 않는 문자 인코딩입니다.</translation>
        </message>
        <message>
            <source>The content could not be parsed.</source>
            <translation>내용을 해석할 수 없습니다.</translation>
        </message>
        <message>
            <source>The database reported an error.</source>
            <translation>데이터베이스 오류가 발생했습니다.</translation>
        </message>
        <message>
            <source>The request is not valid.</source>
            <translation>올바르지 않은 요청입니다.</translation>
        </message>
        <message>
            <source>The search could not be run.</source>
            <translation>검색을 실행할 수 없습니다.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>취소되었습니다.</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>노랑</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>초록</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>파랑</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>분홍</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>보라</translation>
        </message>
        <message>
            <source>%1, from the %2</source>
            <translation>%1, %2 기준</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>정부·공공</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>기업</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>연구기관</translation>
        </message>
        <message>
            <source>University</source>
            <translation>대학</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>협회·단체</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>연합</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>언론</translation>
        </message>
        <message>
            <source>Meeting series</source>
            <translation>연속 회의</translation>
        </message>
        <message>
            <source>The file has no article text.</source>
            <translation>파일에 기사 본문이 없습니다.</translation>
        </message>
        <message>
            <source>This kind of file is not supported (Sillok imports .txt, .html and .htm).</source>
            <translation>지원하지 않는 파일 형식입니다 (실록은 .txt, .html, .htm 파일을 가져옵니다).</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>문제가 생겼습니다.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>자세히: %1</translation>
        </message>
        <message>
            <source>It could not be found.</source>
            <translation>찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Sillok hit an internal error on this file; please report it.</source>
            <translation>실록이 이 파일을 처리하다가 내부 오류가 났습니다. 알려 주시면 고치겠습니다.</translation>
        </message>
        <message>
            <source>former role</source>
            <translation>전 직책</translation>
        </message>
        <message>
            <source>former member of</source>
            <translation>전 소속</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>협력</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>투자</translation>
        </message>
        <message>
            <source>acquisition</source>
            <translation>인수</translation>
        </message>
        <message>
            <source>merger</source>
            <translation>합병</translation>
        </message>
        <message>
            <source>supply</source>
            <translation>공급</translation>
        </message>
        <message>
            <source>subsidiary of</source>
            <translation>자회사</translation>
        </message>
        <message>
            <source>participates in</source>
            <translation>참여</translation>
        </message>
        <message>
            <source>funds</source>
            <translation>자금 지원</translation>
        </message>
        <message>
            <source>organized by</source>
            <translation>주최 기관</translation>
        </message>
        <message>
            <source>attended by</source>
            <translation>참석 기관</translation>
        </message>
        <message>
            <source>led by</source>
            <translation>주관 기관</translation>
        </message>
        <message>
            <source>role at</source>
            <translation>재직 기관</translation>
        </message>
        <message>
            <source>formerly at</source>
            <translation>전 재직 기관</translation>
        </message>
        <message>
            <source>formerly member of</source>
            <translation>전 소속 기관</translation>
        </message>
        <message>
            <source>belongs to</source>
            <translation>상위 회의·사업</translation>
        </message>
        <message>
            <source>on the agenda</source>
            <translation>논의 안건</translation>
        </message>
        <message>
            <source>partners with</source>
            <translation>협력 상대</translation>
        </message>
        <message>
            <source>invests in</source>
            <translation>투자처</translation>
        </message>
        <message>
            <source>acquires</source>
            <translation>피인수 기업</translation>
        </message>
        <message>
            <source>merges with</source>
            <translation>합병 상대</translation>
        </message>
        <message>
            <source>supplies</source>
            <translation>공급처</translation>
        </message>
        <message>
            <source>is a subsidiary of</source>
            <translation>모회사</translation>
        </message>
        <message>
            <source>takes part in</source>
            <translation>참여 사업</translation>
        </message>
        <message>
            <source>provides funds to</source>
            <translation>지원 대상</translation>
        </message>
        <message>
            <source>organized</source>
            <translation>주최한 회의</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>참석한 회의</translation>
        </message>
        <message>
            <source>leads</source>
            <translation>주관 사업</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>소속 인물</translation>
        </message>
        <message>
            <source>members</source>
            <translation>구성원</translation>
        </message>
        <message>
            <source>former staff</source>
            <translation>전 재직자</translation>
        </message>
        <message>
            <source>former members</source>
            <translation>전 구성원</translation>
        </message>
        <message>
            <source>includes</source>
            <translation>하위 회의·사업</translation>
        </message>
        <message>
            <source>discussed at</source>
            <translation>논의한 회의</translation>
        </message>
        <message>
            <source>investment from</source>
            <translation>투자자</translation>
        </message>
        <message>
            <source>acquired by</source>
            <translation>인수 기업</translation>
        </message>
        <message>
            <source>supplied by</source>
            <translation>공급사</translation>
        </message>
        <message>
            <source>parent of</source>
            <translation>자회사</translation>
        </message>
        <message>
            <source>with participant</source>
            <translation>참여 기관</translation>
        </message>
        <message>
            <source>funded by</source>
            <translation>지원 기관</translation>
        </message>
        <message>
            <source>%1 (of)</source>
            <translation>%1 (역관계)</translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>Example note: this sentence is evidence for the highlighted organisation.</source>
            <translation>예시 메모: 이 문장은 강조한 기관의 근거입니다.</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <source>Highlight “%1”</source>
            <translation>“%1” 강조</translation>
        </message>
        <message>
            <source>Edit note on “%1”</source>
            <translation>“%1” 메모 수정</translation>
        </message>
        <message>
            <source>Delete highlight “%1”</source>
            <translation>“%1” 강조 삭제</translation>
        </message>
        <message>
            <source>%1 failed. %2 It was removed from the undo history.</source>
            <translation>%1 작업을 하지 못했습니다. %2 실행 취소 기록에서 뺐습니다.</translation>
        </message>
        <message>
            <source>Undo of %1 failed. %2 The change stays; it was removed from the undo history.</source>
            <translation>%1 작업을 취소하지 못했습니다. %2 변경 내용은 그대로 남고, 실행 취소 기록에서 뺐습니다.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Sillok: a knowledge base over Korean AI-chip industry news.</source>
            <translation>실록: 한국 AI 반도체 산업 뉴스 지식 베이스.</translation>
        </message>
        <message>
            <source>Use the database at &lt;path&gt; (default: $SILLOK_DB, then the app data folder).</source>
            <translation>&lt;path&gt;의 데이터베이스를 사용합니다 (기본값: $SILLOK_DB, 없으면 앱 데이터 폴더).</translation>
        </message>
        <message>
            <source>Articles (.txt, .html) or folders to import.</source>
            <translation>가져올 기사(.txt, .html) 또는 폴더.</translation>
        </message>
        <message>
            <source>Sillok cannot start</source>
            <translation>실록을 시작할 수 없습니다</translation>
        </message>
        <message>
            <source>Sillok's data files (dictionaries and sample articles) were not found. Reinstall Sillok.</source>
            <translation>실록의 데이터 파일(사전과 예제 기사)을 찾지 못했습니다. 실록을 다시 설치하세요.</translation>
        </message>
        <message>
            <source>Importing the sample articles</source>
            <translation>예제 기사를 가져오는 중</translation>
        </message>
        <message>
            <source>Sillok</source>
            <translation>실록</translation>
        </message>
        <message>
            <source>Sillok cannot open the library %1.</source>
            <translation>실록이 서고 파일 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <source>You can set the file aside (it is renamed, not deleted) and start a new library, open another library file, or quit.</source>
            <translation>이 파일을 치워 두고(지우지 않고 이름만 바꿉니다) 새 서고를 시작하거나, 다른 서고 파일을 열거나, 종료할 수 있습니다.</translation>
        </message>
        <message>
            <source>Start a new library</source>
            <translation>새 서고 시작</translation>
        </message>
        <message>
            <source>Open another…</source>
            <translation>다른 파일 열기…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>The file could not be renamed; check the folder's permissions.</source>
            <translation>파일 이름을 바꿀 수 없습니다. 폴더 권한을 확인하세요.</translation>
        </message>
        <message>
            <source>Open a library</source>
            <translation>서고 열기</translation>
        </message>
        <message>
            <source>Upgrading your library for this version of Sillok…
This happens once, and may take a while for a large library.</source>
            <translation>이 버전의 실록에 맞게 서고를 갱신하는 중입니다…
한 번만 하며, 큰 서고는 시간이 좀 걸릴 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationDialog</name>
        <message>
            <source>Highlight</source>
            <translation>강조</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>본문:</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>색:</translation>
        </message>
        <message>
            <source>Your note (optional)</source>
            <translation>메모 (선택)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>메모:</translation>
        </message>
        <message>
            <source>comma-separated, e.g. budget, follow-up</source>
            <translation>쉼표로 구분, 예: 예산, 후속 확인</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>태그:</translation>
        </message>
        <message>
            <source>an organisation, person, initiative or meeting (optional)</source>
            <translation>기관, 인물, 사업 또는 회의 (선택)</translation>
        </message>
        <message>
            <source>Link this highlight to an entity as evidence; it is listed on the entity's page.</source>
            <translation>이 강조를 개체의 근거로 연결합니다. 개체 정보의 근거 목록에 나타납니다.</translation>
        </message>
        <message>
            <source>Evidence for:</source>
            <translation>근거로 연결할 개체:</translation>
        </message>
        <message>
            <source>No entity has this name or alias: choose one from the list, or clear the field.</source>
            <translation>이 이름이나 별칭의 개체가 없습니다. 목록에서 고르거나 칸을 비우세요.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationModel</name>
        <message>
            <source>[orphaned] %1</source>
            <translation>[위치 잃음] %1</translation>
        </message>
        <message>
            <source>Orphaned: the highlighted words are no longer in the article.</source>
            <translation>위치 잃음: 강조한 문구가 기사에 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>강조</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Evidence for</source>
            <translation>근거 개체</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::AnnotationsPanel</name>
        <message>
            <source>This article</source>
            <translation>이 기사만</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>모든 색</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>모든 태그</translation>
        </message>
        <message>
            <source>Search highlights and notes…</source>
            <translation>강조와 메모 검색…</translation>
        </message>
        <message>
            <source>Open in reader</source>
            <translation>본문에서 열기</translation>
        </message>
        <message>
            <source>Edit highlight…</source>
            <translation>강조 수정…</translation>
        </message>
        <message>
            <source>Delete highlight</source>
            <translation>강조 삭제</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ArticleModel</name>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message numerus="yes">
            <source> · %n more file(s) of this story</source>
            <translation>
                <numerusform> · 같은 기사 파일 %n건 더</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ChangesPanel</name>
        <message>
            <source>&amp;Watch</source>
            <translation>관심 등록(&amp;W)</translation>
        </message>
        <message>
            <source>Watch the selected entity: what concerns it comes first (W)</source>
            <translation>선택한 개체를 관심 목록에 올립니다. 관련 내용이 맨 위에 나옵니다 (W)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Stop &amp;watching</source>
            <translation>관심 해제(&amp;W)</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>아직 가져온 기사가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Import run %1: %n article(s)</source>
            <translation>
                <numerusform>%1번째 가져오기: 기사 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>New (%1)</source>
            <translation>새로 나온 개체 (%1)</translation>
        </message>
        <message>
            <source>Seen again (%1)</source>
            <translation>다시 나온 개체 (%1)</translation>
        </message>
        <message>
            <source>New relations (%1)</source>
            <translation>새 관계 (%1)</translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) of stories already held</source>
            <translation>
                <numerusform>, 이미 있는 기사의 사본 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>Show more… (%1 of %2 shown)</source>
            <translation>더 보기… (%2개 중 %1개 표시)</translation>
        </message>
        <message>
            <source>Show four times as many of each list (Enter)</source>
            <translation>목록마다 네 배씩 더 보여 줍니다 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>언급</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityNameModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityPage</name>
        <message>
            <source>Rename…</source>
            <translation>이름 바꾸기…</translation>
        </message>
        <message>
            <source>Add alias…</source>
            <translation>별칭 추가…</translation>
        </message>
        <message>
            <source>Remove alias</source>
            <translation>별칭 삭제</translation>
        </message>
        <message>
            <source>Merge with…</source>
            <translation>다른 개체와 병합…</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>분리</translation>
        </message>
        <message>
            <source>Not an entity</source>
            <translation>개체 아님</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>사실 관계</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>언급</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Meetings timeline</source>
            <translation>회의 타임라인</translation>
        </message>
        <message>
            <source>Names and aliases:</source>
            <translation>이름과 별칭:</translation>
        </message>
        <message>
            <source>Choose an entity in the Entities list, the reader, the timeline or the graph.</source>
            <translation>개체 목록, 기사 본문, 타임라인 또는 그래프에서 개체를 고르세요.</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>종류: %1</translation>
        </message>
        <message>
            <source>Country: %1</source>
            <translation>국가: %1</translation>
        </message>
        <message>
            <source>English: %1</source>
            <translation>영문: %1</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>날짜: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>장소: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>기사 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>언급 %n회</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked as not an entity</source>
            <translation>개체 아님으로 표시됨</translation>
        </message>
        <message>
            <source>Rename to “%1”</source>
            <translation>“%1”(으)로 이름 바꾸기</translation>
        </message>
        <message>
            <source>Add alias “%1”</source>
            <translation>별칭 “%1” 추가</translation>
        </message>
        <message>
            <source>Remove alias “%1”</source>
            <translation>별칭 “%1” 삭제</translation>
        </message>
        <message>
            <source>Merge “%1” into “%2”</source>
            <translation>“%1”을(를) “%2”에 병합</translation>
        </message>
        <message>
            <source>Split “%1” out of “%2”</source>
            <translation>“%2”에서 “%1” 분리</translation>
        </message>
        <message>
            <source>Mark “%1” as not an entity</source>
            <translation>“%1”을(를) 개체 아님으로 표시</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>이름 바꾸기</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>새 이름:</translation>
        </message>
        <message>
            <source>Add alias</source>
            <translation>별칭 추가</translation>
        </message>
        <message>
            <source>Another name for %1:</source>
            <translation>%1의 다른 이름:</translation>
        </message>
        <message>
            <source>Select an alias in the list first.</source>
            <translation>먼저 목록에서 별칭을 고르세요.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n article(s))</source>
            <translation>
                <numerusform>%1 (기사 %n건)</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <source>Merge into “%1” (it keeps its name):</source>
            <translation>“%1”에 병합 (이름은 유지됩니다):</translation>
        </message>
        <message>
            <source>Your highlights linked to this entity as evidence; double-click to read one in place.</source>
            <translation>이 개체의 근거로 연결한 강조입니다. 두 번 누르면 본문의 해당 위치가 열립니다.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>근거</translation>
        </message>
        <message>
            <source>Part of this page could not be loaded. %1</source>
            <translation>이 페이지의 일부를 불러오지 못했습니다. %1</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>자세히: %1</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>관계</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source> (article of %1)</source>
            <translation> (%1 기사)</translation>
        </message>
        <message>
            <source> (articles of %1 – %2)</source>
            <translation> (%1 – %2 기사)</translation>
        </message>
        <message>
            <source>Current post: %1%2</source>
            <translation>현 직책: %1%2</translation>
        </message>
        <message>
            <source>Earlier post: %1%2</source>
            <translation>이전 직책: %1%2</translation>
        </message>
        <message>
            <source>Former post: %1</source>
            <translation>전 직책: %1</translation>
        </message>
        <message>
            <source> (“%1”)</source>
            <translation> (“%1”)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Showing the %1 most stated of %2 facts and relations.</source>
            <translation>사실과 관계 %2개 가운데 가장 많이 언급된 %1개를 보여 줍니다.</translation>
        </message>
        <message>
            <source>Show all %1</source>
            <translation>%1개 모두 보기</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Enter opens the sentence it rests on; S lists every sentence that states it.</source>
            <translation>Enter: 근거 문장을 엽니다. S: 이를 서술한 모든 문장을 나열합니다.</translation>
        </message>
        <message numerus="yes">
            <source>Every sentence that states “%1 · %2”: %n sentence(s), newest article first. Enter opens one in the reader.</source>
            <translation>
                <numerusform>“%1 · %2”을(를) 서술한 모든 문장: 문장 %n개, 최신 기사부터. Enter를 누르면 리더에서 엽니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV로 내보내기…</translation>
        </message>
        <message>
            <source>Every sentence listed here, as the Facts CSV export writes them</source>
            <translation>여기 나열된 모든 문장을 사실 CSV 내보내기와 같은 형식으로</translation>
        </message>
        <message>
            <source>Export sources</source>
            <translation>출처 내보내기</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>No fact's sources are listed.</source>
            <translation>나열된 사실의 출처가 없습니다.</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>내보낼 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EntityPanel</name>
        <message>
            <source>All types</source>
            <translation>모든 유형</translation>
        </message>
        <message>
            <source>Filter by name or alias…</source>
            <translation>이름이나 별칭으로 거르기…</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::EvidenceModel</name>
        <message>
            <source>Sentence</source>
            <translation>문장</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>발행일</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ExchangeActions</name>
        <message>
            <source>&amp;Graph (GraphML)…</source>
            <translation>그래프 (GraphML)(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Entities (CSV)…</source>
            <translation>개체 (CSV)(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Facts (CSV)…</source>
            <translation>사실 (CSV)(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Meetings (iCalendar)…</source>
            <translation>회의 (iCalendar)(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Annotations (W3C JSON-LD)…</source>
            <translation>주석 (W3C JSON-LD)(&amp;A)…</translation>
        </message>
        <message>
            <source>GraphML files (*.graphml)</source>
            <translation>GraphML 파일 (*.graphml)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 파일 (*.ics)</translation>
        </message>
        <message>
            <source>W3C Web Annotations (*.jsonld *.json)</source>
            <translation>W3C 웹 주석 (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <source>Import &amp;annotations…</source>
            <translation>주석 가져오기(&amp;A)…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>%1(으)로 내보내는 중…</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>내보낼 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>%1(으)로 내보냈습니다.</translation>
        </message>
        <message>
            <source>Import annotations</source>
            <translation>주석 가져오기</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not import annotations: %1</source>
            <translation>주석을 가져올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Annotations: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 not imported.</source>
            <translation>주석: 추가 %1, 갱신 %2, 변경 없음 %3, 위치 잃음 %4, 가져오지 못함 %5.</translation>
        </message>
        <message>
            <source>Some annotations could not be imported; see the details.</source>
            <translation>일부 주석을 가져오지 못했습니다. 자세한 내용을 보세요.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::FactModel</name>
        <message>
            <source>Relation</source>
            <translation>관계</translation>
        </message>
        <message>
            <source>With</source>
            <translation>상대</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>%1 (“%2”)</source>
            <translation>%1 (“%2”)</translation>
        </message>
        <message>
            <source>The date the articles give this relation itself</source>
            <translation>기사가 밝힌 이 관계 자체의 날짜 (체결일 등)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>보도 기간</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message numerus="yes">
            <source>%n sentence(s) state it: S lists them</source>
            <translation>
                <numerusform>문장 %n개가 이를 서술합니다: S로 나열</numerusform>
            </translation>
        </message>
        <message>
            <source>Published %1: the article that states it</source>
            <translation>%1 발행: 이 관계를 전한 기사</translation>
        </message>
        <message>
            <source>First stated %1, latest %2 (publication dates of the articles that state it)</source>
            <translation>처음 %1, 최근 %2 (이 관계를 전한 기사의 발행일)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::GraphPanel</name>
        <message>
            <source>Whole graph</source>
            <translation>전체 그래프</translation>
        </message>
        <message>
            <source>Export graph as GraphML</source>
            <translation>그래프를 GraphML로 내보내기</translation>
        </message>
        <message>
            <source>GraphML files (*.graphml)</source>
            <translation>GraphML 파일 (*.graphml)</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>내보낼 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Show the best-connected entities of the whole library</source>
            <translation>서고 전체에서 관계가 가장 많은 개체 보기</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>더 보기</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Save the graph shown here as an image (PNG, SVG) or as GraphML; File → Export saves the whole graph.</source>
            <translation>지금 보이는 그래프를 이미지(PNG, SVG)나 GraphML로 저장합니다. 그래프 전체는 파일 → 내보내기에서 저장합니다.</translation>
        </message>
        <message>
            <source>PNG image…</source>
            <translation>PNG 이미지…</translation>
        </message>
        <message>
            <source>SVG image…</source>
            <translation>SVG 이미지…</translation>
        </message>
        <message>
            <source>GraphML…</source>
            <translation>GraphML…</translation>
        </message>
        <message>
            <source>The %1 best-connected entities of %2 with relations (most relations first). Double-click one to see its neighbourhood.</source>
            <translation>관계가 있는 개체 %2개 가운데 관계가 많은 순으로 %1개를 보여 줍니다. 개체를 두 번 누르면 주변 관계를 봅니다.</translation>
        </message>
        <message>
            <source>All %1 entities with relations. Double-click one to see its neighbourhood.</source>
            <translation>관계가 있는 개체 %1개를 모두 보여 줍니다. 개체를 두 번 누르면 주변 관계를 봅니다.</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>%1개 더 보기</translation>
        </message>
        <message>
            <source>The %1 most strongly linked of %2 related entities are shown.</source>
            <translation>연결된 개체 %2개 가운데 가장 긴밀한 %1개를 보여 줍니다.</translation>
        </message>
        <message>
            <source>Export graph as PNG</source>
            <translation>그래프를 PNG로 내보내기</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>Export graph as SVG</source>
            <translation>그래프를 SVG로 내보내기</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG 이미지 (*.svg)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1에 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Graph exported to %1.</source>
            <translation>그래프를 %1에 내보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::GraphView</name>
        <message>
            <source>organizer</source>
            <translation>주최</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>주관</translation>
        </message>
        <message>
            <source>role</source>
            <translation>직책</translation>
        </message>
        <message>
            <source>part of</source>
            <translation>상위 회의·사업</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>논의</translation>
        </message>
        <message>
            <source>member of</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>Centre of the view</source>
            <translation>보기의 중심</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>표시:</translation>
        </message>
        <message>
            <source>Depth:</source>
            <translation>깊이:</translation>
        </message>
        <message>
            <source>1 hop</source>
            <translation>1단계</translation>
        </message>
        <message>
            <source>2 hops</source>
            <translation>2단계</translation>
        </message>
        <message numerus="yes">
            <source>Show entities up to %n step(s) away from the centre</source>
            <translation>
                <numerusform>중심에서 %n단계 안의 개체 표시</numerusform>
            </translation>
        </message>
        <message>
            <source>Zoom out (wheel, -)</source>
            <translation>축소 (휠, -)</translation>
        </message>
        <message>
            <source>Zoom in (wheel, +)</source>
            <translation>확대 (휠, +)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>맞춤</translation>
        </message>
        <message>
            <source>Show the whole graph</source>
            <translation>그래프 전체 보기</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>협력</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>투자</translation>
        </message>
        <message>
            <source>acquisition</source>
            <translation>인수</translation>
        </message>
        <message>
            <source>merger</source>
            <translation>합병</translation>
        </message>
        <message>
            <source>supply</source>
            <translation>공급</translation>
        </message>
        <message>
            <source>subsidiary of</source>
            <translation>자회사</translation>
        </message>
        <message>
            <source>participates in</source>
            <translation>참여</translation>
        </message>
        <message>
            <source>funds</source>
            <translation>자금 지원</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; are named in the same sentence %3 time(s), in %4 article(s).&lt;br&gt;A co-mention, not a stated relation.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;와(과) &lt;b&gt;%2&lt;/b&gt;는 기사 %4건의 같은 문장에 %3번 함께 나옵니다.&lt;br&gt;함께 언급된 것일 뿐, 기사가 밝힌 관계는 아닙니다.</translation>
        </message>
        <message>
            <source>co-mention (same sentence)</source>
            <translation>함께 언급 (같은 문장)</translation>
        </message>
        <message>
            <source>Named with the centre most often</source>
            <translation>중심 개체와 자주 함께 언급</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>관계</translation>
        </message>
        <message>
            <source>Show or hide each kind of relation</source>
            <translation>관계 종류별로 보이기·숨기기</translation>
        </message>
        <message>
            <source>Co-mentions</source>
            <translation>함께 언급</translation>
        </message>
        <message>
            <source>Also draw the entities named in the same sentences as the centre, as dashed lines weighted by how often (a co-occurrence, not a stated relation)</source>
            <translation>중심 개체와 같은 문장에 나온 개체도 점선으로 그립니다. 자주 나올수록 굵게 그립니다 (함께 언급일 뿐, 기사가 밝힌 관계는 아닙니다)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>co-mentioned entity and sentence count</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n left out: linked only through what is hidden</source>
            <translation>
                <numerusform>숨긴 항목으로만 이어진 %n개도 뺐습니다</numerusform>
            </translation>
        </message>
        <message>
            <source>Relations (%1 hidden)</source>
            <translation>관계 (%1개 숨김)</translation>
        </message>
        <message>
            <source>Co-mentions are shown around one entity: double-click an entity first</source>
            <translation>함께 언급은 한 개체를 중심으로 보여 줍니다. 먼저 개체를 두 번 누르세요</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>그래프</translation>
        </message>
        <message>
            <source>Sillok graph of organizations, people, initiatives and meetings</source>
            <translation>실록 기관·인물·사업·회의 그래프</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>범례</translation>
        </message>
        <message>
            <source>Show or hide the legend (shapes, colours and lines) in the corner of the graph</source>
            <translation>그래프 모서리의 범례(모양, 색, 선)를 보이거나 숨깁니다</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ImportDialog</name>
        <message>
            <source>Importing</source>
            <translation>가져오는 중</translation>
        </message>
        <message>
            <source>Looking for files…</source>
            <translation>파일 찾는 중…</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>현재 파일을 마친 뒤 취소합니다…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>파일 %2개 중 %1개</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>가져오기를 실행할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged, %4 failed.</source>
            <translation>새 기사 %1건, 갱신 %2건, 변경 없음 %3건, 실패 %4건.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>자세히: %1</translation>
        </message>
        <message>
            <source>Re-extracting the library</source>
            <translation>서고 다시 추출 중</translation>
        </message>
        <message>
            <source>Reading the library…</source>
            <translation>서고 읽는 중…</translation>
        </message>
        <message>
            <source>%1 articles/s</source>
            <translation>초당 %1건</translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n초</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1시간 %2분</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>약 %1 남음</translation>
        </message>
        <message>
            <source>The library could not be written, so the re-extraction stopped: %1 The library is intact and keeps what it had. Free some space (or make the file writable) and re-extract again.</source>
            <translation>서고에 쓸 수 없어 다시 추출을 멈췄습니다: %1 서고는 손상되지 않았고 기존 내용도 그대로입니다. 공간을 확보하거나 파일을 쓸 수 있게 한 뒤 다시 추출하세요.</translation>
        </message>
        <message numerus="yes">
            <source>The library could not be written, so the import stopped: %1 %n file(s) were imported and are safe; the library is intact. Import the same files again to import the other %2.</source>
            <translation>
                <numerusform>서고에 쓸 수 없어 가져오기를 멈췄습니다: %1 파일 %n개는 안전하게 가져왔고 서고는 손상되지 않았습니다. 같은 파일을 다시 가져오면 나머지 %2개를 가져옵니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) re-extracted, %1 failed.</source>
            <translation>
                <numerusform>기사 %n건을 다시 추출했습니다 (실패 %1건).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: re-extract again to finish.</source>
            <translation>취소했습니다. 다시 추출하면 이어서 마칩니다.</translation>
        </message>
        <message>
            <source>Cancelled: import the same files again to resume.</source>
            <translation>취소했습니다. 같은 파일을 다시 가져오면 이어서 가져옵니다.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::LibraryPanel</name>
        <message>
            <source>Copies of this story</source>
            <translation>이 기사의 사본</translation>
        </message>
        <message>
            <source>Filter articles (title and text)…</source>
            <translation>기사 거르기 (제목과 본문)…</translation>
        </message>
        <message>
            <source>Finds the articles whose title or text contains the words, names and their aliases included</source>
            <translation>제목이나 본문에 이 낱말이 들어 있는 기사를 찾습니다. 이름은 별칭까지 함께 찾습니다.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>모두 보기</translation>
        </message>
        <message>
            <source>Filtered by “%1”: %2 of %3 articles</source>
            <translation>“%1”(으)로 거른 기사: 전체 %3건 중 %2건</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::MainWindow</name>
        <message>
            <source>Sillok</source>
            <translation>실록</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>서고</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>개체</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>개체 정보</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>주석</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>그래프</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>데이터베이스: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import files…</source>
            <translation>파일 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Import articles</source>
            <translation>기사 가져오기</translation>
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm);;All files (*)</source>
            <translation>기사 (*.txt *.html *.htm);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>폴더 가져오기(&amp;F)…</translation>
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation>기사 폴더 가져오기</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Highlight selection…</source>
            <translation>선택 영역 강조(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>이동(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>검색(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>다음 기사(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>이전 기사(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Show &amp;hidden blocks</source>
            <translation>숨긴 블록 보기(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Sillok</source>
            <translation>실록 정보(&amp;A)</translation>
        </message>
        <message>
            <source>About Sillok</source>
            <translation>실록 정보</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sillok (실록)&lt;/b&gt;&lt;br&gt;A knowledge base over Korean AI-chip industry news: articles, entities, timeline, graph and your annotations, in one local file.</source>
            <translation>&lt;b&gt;실록 (Sillok)&lt;/b&gt;&lt;br&gt;한국 AI 반도체 산업 뉴스 지식 베이스: 기사, 개체, 타임라인, 그래프와 내 주석을 로컬 파일 하나에 담습니다.</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>기본</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>가져오기를 마쳤습니다.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>자세히…</translation>
        </message>
        <message>
            <source>What this import brought</source>
            <translation>이번에 가져온 내용</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>검토</translation>
        </message>
        <message>
            <source>What this &amp;import brought</source>
            <translation>이번에 가져온 내용(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>검토 대기 목록(&amp;R)</translation>
        </message>
        <message>
            <source>Re-extract now</source>
            <translation>지금 다시 추출</translation>
        </message>
        <message>
            <source>This library was extracted by an earlier version of Sillok. Re-extracting finds what this version finds; your corrections and highlights are kept. It runs in the background.</source>
            <translation>이 서고는 이전 버전의 실록이 추출했습니다. 다시 추출하면 이 버전이 찾는 개체와 관계가 반영됩니다. 직접 고친 내용과 강조는 그대로 남고, 작업은 백그라운드에서 진행됩니다.</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>실행 취소: %1</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>실행 취소할 작업 없음</translation>
        </message>
        <message>
            <source>Redo: %1</source>
            <translation>다시 실행: %1</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>다시 실행할 작업 없음</translation>
        </message>
        <message>
            <source>&amp;Find in article…</source>
            <translation>기사에서 찾기(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>뒤로(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>앞으로(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>사용 설명서(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>Re-extraction finished.</source>
            <translation>다시 추출을 마쳤습니다.</translation>
        </message>
        <message>
            <source>This library was extracted by an earlier version: re-extract it to see what this version finds.</source>
            <translation>이 서고는 이전 버전이 추출했습니다. 다시 추출하면 이 버전이 찾는 내용을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>실행 취소함: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>다시 실행함: %1</translation>
        </message>
        <message>
            <source>Sillok user guide</source>
            <translation>실록 사용 설명서</translation>
        </message>
        <message>
            <source>The user guide is not part of this build.</source>
            <translation>이 빌드에는 사용 설명서가 없습니다.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <source>Open the selected article, entity or result</source>
            <translation>고른 기사·개체·검색 결과 열기</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Close a dialog or the search</source>
            <translation>대화상자나 검색 닫기</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Extend the selection in the article</source>
            <translation>기사에서 선택 범위 조절</translation>
        </message>
        <message>
            <source>Shift+Arrow keys</source>
            <translation>Shift+화살표</translation>
        </message>
        <message>
            <source>This is the last article of the filtered list.</source>
            <translation>거른 목록의 마지막 기사입니다.</translation>
        </message>
        <message>
            <source>This is the first article of the filtered list.</source>
            <translation>거른 목록의 첫 기사입니다.</translation>
        </message>
        <message>
            <source>This is the last article.</source>
            <translation>마지막 기사입니다.</translation>
        </message>
        <message>
            <source>This is the first article.</source>
            <translation>첫 기사입니다.</translation>
        </message>
        <message>
            <source>Copy the selected rows of a list (tab-separated)</source>
            <translation>목록에서 고른 행 복사(탭으로 구분)</translation>
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <source>List every sentence that states the selected fact or relation (entity page)</source>
            <translation>고른 사실이나 관계를 서술한 모든 문장 나열(개체 페이지)</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ReaderView</name>
        <message>
            <source>Show hidden blocks (navigation, captions, related news…)</source>
            <translation>숨긴 블록 보기 (메뉴, 사진 설명, 관련 기사…)</translation>
        </message>
        <message>
            <source>Highlight…</source>
            <translation>강조…</translation>
        </message>
        <message>
            <source>Highlight the selected text, with a note and tags</source>
            <translation>선택한 문구를 메모, 태그와 함께 강조</translation>
        </message>
        <message>
            <source>Choose an article in the Library.</source>
            <translation>서고에서 기사를 고르세요.</translation>
        </message>
        <message>
            <source>from the %1</source>
            <translation>%1 기준</translation>
        </message>
        <message numerus="yes">
            <source>%n highlight(s) could not be placed in this version of the article (orphaned): </source>
            <translation>
                <numerusform>강조 %n개는 이 판의 기사에서 위치를 찾지 못했습니다 (위치 잃음): </numerusform>
            </translation>
        </message>
        <message>
            <source>Select some text of the article body first.</source>
            <translation>먼저 기사 본문에서 문구를 선택하세요.</translation>
        </message>
        <message>
            <source>Highlight with note…</source>
            <translation>메모와 함께 강조…</translation>
        </message>
        <message>
            <source>Highlight in</source>
            <translation>색으로 강조</translation>
        </message>
        <message>
            <source>Edit highlight…</source>
            <translation>강조 수정…</translation>
        </message>
        <message>
            <source>Delete highlight</source>
            <translation>강조 삭제</translation>
        </message>
        <message>
            <source>The highlights of this article could not be loaded. %1</source>
            <translation>이 기사의 강조를 불러오지 못했습니다. %1</translation>
        </message>
        <message>
            <source>Find in this article…</source>
            <translation>이 기사에서 찾기…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2개 중 %1번째</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ReviewPanel</name>
        <message>
            <source>&amp;Accept</source>
            <translation>수락(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>거절(&amp;R)</translation>
        </message>
        <message>
            <source>Merge, keep or confirm as the item proposes (A)</source>
            <translation>항목이 제안한 대로 병합하거나 남깁니다 (A)</translation>
        </message>
        <message>
            <source>Keep apart, reject the entity or delete the annotation (R)</source>
            <translation>따로 두거나, 개체를 제외하거나, 강조를 지웁니다 (R)</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>결정을 기다리는 항목</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Possible merge</source>
            <translation>병합 후보</translation>
        </message>
        <message>
            <source>Uncertain name</source>
            <translation>불확실한 이름</translation>
        </message>
        <message>
            <source>Conflicting dates</source>
            <translation>엇갈리는 날짜</translation>
        </message>
        <message>
            <source>Orphaned highlight</source>
            <translation>위치를 잃은 강조</translation>
        </message>
        <message>
            <source>%1 — the same one? Accept merges them.</source>
            <translation>%1 — 같은 대상인가요? 수락하면 하나로 병합합니다.</translation>
        </message>
        <message>
            <source>%1 — no dictionary holds this name. Accept keeps it, Reject removes it.</source>
            <translation>%1 — 사전에 없는 이름입니다. 수락하면 남기고, 거절하면 제외합니다.</translation>
        </message>
        <message>
            <source>A highlight whose text is gone from its article. Accept keeps it, Reject deletes it.</source>
            <translation>기사에서 해당 문구가 사라진 강조입니다. 수락하면 남기고, 거절하면 지웁니다.</translation>
        </message>
        <message>
            <source>Nothing is waiting for a decision.</source>
            <translation>결정을 기다리는 항목이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) waiting — A accepts, R rejects</source>
            <translation>
                <numerusform>결정 대기 %n건 — A 수락, R 거절</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — articles give different dates (%2). Select the sentence with the right date and accept; Reject keeps the meeting as it is.</source>
            <translation>%1 — 기사마다 날짜가 다릅니다(%2). 맞는 날짜의 문장을 골라 수락하세요. 거절하면 회의를 그대로 둡니다.</translation>
        </message>
        <message>
            <source>(the first %1 shown; each decision brings the next)</source>
            <translation>(처음 %1건 표시, 하나를 결정할 때마다 다음 항목이 나옵니다)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SearchPopup</name>
        <message>
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>전체</translation>
        </message>
        <message>
            <source>Articles only</source>
            <translation>기사만</translation>
        </message>
        <message>
            <source>Any organization</source>
            <translation>모든 기관</translation>
        </message>
        <message>
            <source>from (2024-01)</source>
            <translation>부터 (2024-01)</translation>
        </message>
        <message>
            <source>to (2024-12-31)</source>
            <translation>까지 (2024-12-31)</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>기사 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>Entities: %1</source>
            <translation>개체: %1</translation>
        </message>
        <message>
            <source>Search entities, articles and notes (Korean or English)…</source>
            <translation>개체, 기사, 메모 검색 (한국어 또는 영어)…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>필터 지우기</translation>
        </message>
        <message>
            <source>Remove every filter: type, organization, dates and facets</source>
            <translation>유형, 기관, 기간, 세부 조건 필터를 모두 지웁니다</translation>
        </message>
        <message>
            <source>Refine</source>
            <translation>좁혀 보기</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Click a value to show only the articles that have it</source>
            <translation>값을 누르면 그 값이 있는 기사만 봅니다</translation>
        </message>
        <message>
            <source>No filters</source>
            <translation>필터 없음</translation>
        </message>
        <message>
            <source>Filtered by: %1</source>
            <translation>필터: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n entity(s)</source>
            <translation>
                <numerusform>개체 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n article(s)</source>
            <translation>
                <numerusform>기사 %n건 중 %1건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>메모 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Where these articles come from</source>
            <translation>이 기사들을 가져온 곳</translation>
        </message>
        <message numerus="yes">
            <source>Show only the %n article(s) with %1</source>
            <translation>
                <numerusform>‘%1’ 관련 기사 %n건만 보기</numerusform>
            </translation>
        </message>
        <message>
            <source>Years</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Articles not searched</source>
            <translation>기사는 검색하지 않음</translation>
        </message>
        <message>
            <source>Refine counts articles. Choose Everything or Articles only to refine by organization, person, initiative, meeting, year or source.</source>
            <translation>좁혀 보기는 기사 수를 셉니다. 기관·인물·사업·회의·연도·출처로 좁히려면 '전체'나 '기사만'을 고르세요.</translation>
        </message>
        <message>
            <source>No articles to refine</source>
            <translation>좁혀 볼 기사가 없음</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SearchResultModel</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>기사 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>가장 잘 맞는 항목</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message numerus="yes">
            <source> · %n more file(s) of this story</source>
            <translation>
                <numerusform> · 같은 기사 파일 %n건 더</numerusform>
            </translation>
        </message>
        <message>
            <source>Linked to %1</source>
            <translation>%1 관련</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>A new language applies when Sillok starts again.</source>
            <translation>새 언어는 실록을 다시 시작하면 적용됩니다.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Restart Sillok to use the new language.</source>
            <translation>새 언어를 쓰려면 실록을 다시 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelineAxis</name>
        <message>
            <source>%1</source>
            <comment>axis: a year</comment>
            <translation>%1년</translation>
        </message>
        <message>
            <source>%2 %1</source>
            <comment>axis: month and year; %1 = year, %2 = month name</comment>
            <translation>%1년 %2</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>axis: day of month</comment>
            <translation>%1일</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelinePanel</name>
        <message>
            <source>Export PNG…</source>
            <translation>PNG 내보내기…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>SVG 내보내기…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>항목 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Export timeline as SVG</source>
            <translation>타임라인을 SVG로 내보내기</translation>
        </message>
        <message>
            <source>Export timeline as PNG</source>
            <translation>타임라인을 PNG로 내보내기</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG 이미지 (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1에 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Counts by lane and month: zoom in to see the items</source>
            <translation>구분별·월별 건수입니다. 확대하면 개별 항목이 보입니다</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n item(s)</source>
            <comment>items passing the filters, of all</comment>
            <translation>
                <numerusform>전체 %n건 중 %1건</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline exported to %1.</source>
            <translation>타임라인을 %1에 내보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::TimelineView</name>
        <message>
            <source>Exact day</source>
            <translation>날짜 확정</translation>
        </message>
        <message>
            <source>Day range</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Month only (day unknown)</source>
            <translation>월만 (일 모름)</translation>
        </message>
        <message>
            <source>Year only (month unknown)</source>
            <translation>연도만 (월 모름)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <source>%1  (%2)</source>
            <comment>lane title and item count</comment>
            <translation>%1  (%2)</translation>
        </message>
        <message>
            <source>Month known</source>
            <translation>월까지 확인</translation>
        </message>
        <message>
            <source>Year known</source>
            <translation>연도까지 확인</translation>
        </message>
        <message>
            <source>Kinds:</source>
            <translation>종류:</translation>
        </message>
        <message>
            <source>By initiative</source>
            <translation>사업별</translation>
        </message>
        <message>
            <source>By organization</source>
            <translation>기관별</translation>
        </message>
        <message>
            <source>Group the timeline into lanes</source>
            <translation>타임라인을 사업별 또는 기관별로 나눠 보기</translation>
        </message>
        <message>
            <source>Show only items of one organization</source>
            <translation>한 기관의 항목만 표시</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Show only some kinds of meetings and initiatives</source>
            <translation>일부 종류의 회의와 사업만 표시</translation>
        </message>
        <message>
            <source>Organization:</source>
            <translation>기관:</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel, -)</source>
            <translation>축소 (Ctrl+휠, -)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel, +)</source>
            <translation>확대 (Ctrl+휠, +)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>맞춤</translation>
        </message>
        <message>
            <source>Show the whole time range</source>
            <translation>전체 기간 보기</translation>
        </message>
        <message>
            <source>All organizations</source>
            <translation>모든 기관</translation>
        </message>
        <message>
            <source>Kinds (%1)</source>
            <translation>종류 (%1)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <source>Sillok timeline of initiatives and meetings</source>
            <translation>실록 사업·회의 타임라인</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>a resolved day</comment>
            <translation>yyyy년 M월 d일</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>a resolved month</comment>
            <translation>yyyy년 M월</translation>
        </message>
        <message>
            <source>%1</source>
            <comment>a resolved year</comment>
            <translation>%1년</translation>
        </message>
        <message>
            <source>As written: %1</source>
            <translation>기사 표기: %1</translation>
        </message>
        <message>
            <source>%1 (year only)</source>
            <comment>count cell of items dated to a year</comment>
            <translation>%1년 (연도만 확인)</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>회의 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>사업 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>Lanes:</source>
            <comment>how the timeline is grouped into rows</comment>
            <translation>묶음 기준:</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln item(s)</source>
            <comment>count cell: its month and how many items</comment>
            <translation>
                <numerusform>%1: 항목 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>Double-click it, or press Enter, to zoom in on it.</source>
            <translation>두 번 클릭하거나 Enter 키를 누르면 이 기간을 확대합니다.</translation>
        </message>
        <message>
            <source>Items per month:</source>
            <translation>월별 항목 수:</translation>
        </message>
    </context>
    <context>
        <name>sillok::gui::ViewStyle</name>
        <message>
            <source>Policy</source>
            <translation>정책</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>프로젝트</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>프로그램</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>연합</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>기금</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>전략</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>콘퍼런스</translation>
        </message>
        <message>
            <source>Press conference</source>
            <translation>기자회견</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation>시연</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>전시회</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>포럼</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>행사</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>워크숍</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>기관</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>인물</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>사업</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <comment>kind</comment>
            <translation>미지정</translation>
        </message>
    </context>
</TS>
