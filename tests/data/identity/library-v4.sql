-- A library made by sillok at main 3e2dea9 (schema 4): three sample-corpus articles imported from
-- /tmp/identity/v4/in, two annotations (one orphaned), decisions (rename, reject, an undone merge).
-- sqlite3 kb.sqlite .dump, plus the user_version the dump leaves out.
PRAGMA user_version=4;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('tokenizer_version','1');
INSERT INTO meta VALUES('extractor_version','1-bf5d551e65569ae1');
CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    paths       TEXT NOT NULL DEFAULT '',
    imported    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
, kind TEXT NOT NULL DEFAULT 'import', extractor_version TEXT NOT NULL DEFAULT '');
INSERT INTO import_run VALUES(1,'2026-12-02T10:00:55Z','2026-12-02T10:00:55Z','/tmp/identity/v4/in',3,0,0,0,'import','1-bf5d551e65569ae1');
INSERT INTO import_run VALUES(2,'2026-12-02T10:01:06Z','2026-12-02T10:01:06Z','in',0,0,3,0,'import','1-bf5d551e65569ae1');
CREATE TABLE article (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    source              TEXT NOT NULL,
    source_key          TEXT NOT NULL UNIQUE,
    format              TEXT NOT NULL DEFAULT '',
    encoding            TEXT NOT NULL DEFAULT '',
    content_hash        TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    title               TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL DEFAULT '',
    full_text           TEXT NOT NULL DEFAULT '',
    published           TEXT NOT NULL DEFAULT '',
    published_precision INTEGER NOT NULL DEFAULT 0,
    published_basis     TEXT NOT NULL DEFAULT '',
    published_text      TEXT NOT NULL DEFAULT '',
    first_run           INTEGER,
    last_run            INTEGER,
    imported_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
INSERT INTO article VALUES(1,'art-a05b74f9320919fb9f3b','/tmp/identity/v4/in/2024-04-09_ai-semiconductor-initiative.txt','/tmp/identity/v4/in/2024-04-09_ai-semiconductor-initiative.txt','txt','UTF-8','b1eb84dcf5db728116b4dd82cafe91d7b2409e75502d1bb8d3e724943c9d018f',1,'尹 "AI 반도체 주도권 잡는다"…''AI-반도체 이니셔티브'' 발표',replace('윤석열 대통령은 9일 서울 용산 대통령실 청사에서 ''반도체 현안 점검회의''를 주재하고 인공지능(AI)과 반도체를 함께 키우는 ''AI-반도체 이니셔티브''를 발표했다.\n\n정부는 이니셔티브를 통해 2027년까지 AI반도체 분야에 총 9조4천억 원을 투자하고, 1조4천억 원 규모의 반도체 펀드를 조성해 AI반도체 기업의 성장을 뒷받침하기로 했다. 차세대 HBM(고대역폭메모리)과 PIM, 저전력 K-AI반도체, 온디바이스 AI 등 9대 기술 혁신 과제도 제시했다.\n\n회의에는 이종호 과학기술정보통신부 장관과 안덕근 산업통상자원부 장관 등 관계 부처 장관과 삼성전자, SK하이닉스, 리벨리온, 퓨리오사AI 등 반도체 기업 관계자, 학계 전문가가 참석했다.\n\n윤 대통령은 AI 반도체 경쟁이 국가 총력전 양상으로 전개되고 있다며 과감한 투자와 제도 지원으로 한국이 AI 반도체 주도권을 잡도록 하겠다는 의지를 밝혔다. 정부는 AI와 반도체 분야 세계 3대 강국인 이른바 ''G3'' 도약을 목표로 내걸었다.\n\n과기정통부와 산업부는 이니셔티브의 세부 과제를 구체화하기 위해 민관 협의 채널을 꾸려 이달 중 논의를 시작할 계획이다. 과기정통부는 앞서 지난 4일 ''AI 전략 최고위협의회''를 출범시킨 바 있다.\n\n윤석열 대통령이 반도체 현안 점검회의를 주재하고 있다.','\n',char(10)),'','2024-04-09',3,'dateline','기사입력 2024-04-09 오후 5:12:04',1,2,'2026-12-02T10:00:55Z','2026-12-02T10:00:55Z');
INSERT INTO article VALUES(2,'art-a9aab4228f2033a18295','/tmp/identity/v4/in/2024-06-12_rebellions-sapeon-merger.txt','/tmp/identity/v4/in/2024-06-12_rebellions-sapeon-merger.txt','txt','UTF-8','d726c45d7dc670fd840e794235dc45c824014d1a388c5657fb19bee0d1ef0a0f',1,'리벨리온·사피온 합병 추진…''국가대표 AI반도체'' 기업 만든다',replace('국내 AI반도체 설계 기업인 리벨리온(Rebellions)과 사피온코리아(SAPEON Korea)가 하나로 합친다.\n\nSK텔레콤은 자회사 사피온코리아와 리벨리온이 합병을 추진하기로 하고 관련 양해각서(MOU)를 맺었다고 12일 밝혔다. 두 회사는 연내 본계약과 합병 절차를 마무리하는 것을 목표로 실사에 들어간다.\n\n사피온코리아는 SK텔레콤과 SK하이닉스, SK스퀘어가 주주로 있는 회사이고, 리벨리온은 KT 등이 전략적 투자자로 참여한 스타트업이다. 통신 대기업을 배경으로 둔 두 AI반도체 기업이 경쟁 대신 결합을 택한 셈이다.\n\n합병 법인의 경영은 리벨리온 쪽이 맡는 방향으로 논의가 진행되고 있다. 박성현 리벨리온 대표는 두 회사의 기술과 인력을 합쳐 글로벌 시장에서 엔비디아 등과 경쟁할 수 있는 규모를 갖추겠다는 뜻을 밝혔다. 류수정 사피온코리아 대표도 합병이 국내 AI반도체 생태계 전체의 경쟁력을 높이는 계기가 될 것이라고 말했다.\n\n업계에서는 정부가 지난 4월 발표한 AI-반도체 이니셔티브와 K-클라우드 프로젝트로 국산 NPU 수요가 커지는 가운데, 규모의 경제를 갖춘 기업이 필요하다는 판단이 작용한 것으로 보고 있다.\n\n리벨리온의 데이터센터용 AI반도체 ''아톰''','\n',char(10)),'','2024-06-12',3,'dateline','승인 2024.06.12 10:37',1,2,'2026-12-02T10:00:55Z','2026-12-02T10:00:55Z');
INSERT INTO article VALUES(3,'art-5067993524f9965b6a59','/tmp/identity/v4/in/2024-12-06_nvidia-vietnam-agreement.html','/tmp/identity/v4/in/2024-12-06_nvidia-vietnam-agreement.html','html','UTF-8','241c44bfb7f9b8aa68ac8bf85c461d8c8da96316c29158c049bdaada69378862',1,'엔비디아, 베트남에 AI 연구개발센터 세운다…정부와 협약',replace('미국 엔비디아가 베트남에 인공지능(AI) 연구개발(R&D) 센터와 AI 데이터센터를 세운다.\n\n엔비디아와 베트남 정부는 5일 하노이에서 팜민찐 총리와 젠슨 황 엔비디아 CEO가 참석한 가운데 AI 연구개발센터와 데이터센터 설립에 관한 협약을 맺었다. 베트남 측에서는 응우옌 찌 중 기획투자부 장관이 서명했다.\n\n엔비디아는 이와 함께 베트남 최대 민간 기업 빈그룹(Vingroup)이 세운 의료 AI 스타트업 빈브레인(VinBrain)을 인수한다고 밝혔다. 빈브레인은 영상 진단 보조 AI를 개발해 온 회사다.\n\n황 CEO는 지난해 12월 베트남을 처음 방문해 현지 기업들과 협력 확대를 약속한 바 있다. 베트남 정부는 반도체와 AI를 미래 성장 동력으로 삼고 외국인 투자 유치와 인재 양성에 힘을 쏟고 있다. 팜민찐 총리는 엔비디아의 투자가 베트남이 아시아의 기술 거점으로 도약하는 계기가 될 것이라고 말했다.\n\n현지 업계에서는 FPT와 비엣텔(Viettel) 등 베트남 정보기술 기업들이 엔비디아 GPU 기반 AI 클라우드 사업을 확대하고 있는 만큼, 이번 협약이 생태계 확장에 힘을 보탤 것으로 기대하고 있다.\n\n5일 하노이에서 열린 협약식.','\n',char(10)),'','2024-12-06',3,'html-meta','article:published_time: 2024-12-06T08:20:00+09:00',1,2,'2026-12-02T10:00:55Z','2026-12-02T10:00:55Z');
CREATE TABLE sentence (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO sentence VALUES(1,0,0,91);
INSERT INTO sentence VALUES(1,1,93,190);
INSERT INTO sentence VALUES(1,2,191,256);
INSERT INTO sentence VALUES(1,3,258,362);
INSERT INTO sentence VALUES(1,4,364,452);
INSERT INTO sentence VALUES(1,5,453,500);
INSERT INTO sentence VALUES(1,6,502,568);
INSERT INTO sentence VALUES(1,7,569,611);
INSERT INTO sentence VALUES(1,8,613,643);
INSERT INTO sentence VALUES(2,0,0,64);
INSERT INTO sentence VALUES(2,1,66,131);
INSERT INTO sentence VALUES(2,2,132,175);
INSERT INTO sentence VALUES(2,3,177,252);
INSERT INTO sentence VALUES(2,4,253,297);
INSERT INTO sentence VALUES(2,5,299,338);
INSERT INTO sentence VALUES(2,6,339,412);
INSERT INTO sentence VALUES(2,7,413,473);
INSERT INTO sentence VALUES(2,8,475,581);
INSERT INTO sentence VALUES(2,9,583,606);
INSERT INTO sentence VALUES(3,0,0,51);
INSERT INTO sentence VALUES(3,1,53,139);
INSERT INTO sentence VALUES(3,2,140,172);
INSERT INTO sentence VALUES(3,3,174,254);
INSERT INTO sentence VALUES(3,4,255,284);
INSERT INTO sentence VALUES(3,5,286,337);
INSERT INTO sentence VALUES(3,6,338,396);
INSERT INTO sentence VALUES(3,7,397,453);
INSERT INTO sentence VALUES(3,8,455,567);
INSERT INTO sentence VALUES(3,9,569,585);
CREATE TABLE entity (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL CHECK (type IN ('organization', 'person', 'initiative', 'meeting')),
    name           TEXT NOT NULL,
    base_name      TEXT NOT NULL DEFAULT '',
    norm_key       TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    english        TEXT NOT NULL DEFAULT '',
    gazetteer_id   TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    date_precision INTEGER NOT NULL DEFAULT 0,
    end_date       TEXT NOT NULL DEFAULT '',
    date_text      TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    series         TEXT NOT NULL DEFAULT '',
    ordinal        INTEGER NOT NULL DEFAULT 0,
    rejected       INTEGER NOT NULL DEFAULT 0,
    merged_into    INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    first_run      INTEGER,
    last_run       INTEGER
, confidence REAL NOT NULL DEFAULT 1.0);
INSERT INTO entity VALUES(1,'organization:gaz:kr-president-office','organization','대통령실','대통령실','대통령실','government','KR','Office of the President','kr-president-office','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(2,'organization:gaz:msit','organization','과학기술정보통신부','과학기술정보통신부','과학기술정보통신부','government','KR','Ministry of Science and ICT','msit','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(3,'organization:gaz:motie','organization','산업통상자원부','산업통상자원부','산업통상자원부','government','KR','Ministry of Trade, Industry and Energy','motie','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(4,'organization:gaz:samsung-electronics','organization','삼성전자','삼성전자','삼성전자','company','KR','Samsung Electronics','samsung-electronics','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(5,'organization:gaz:sk-hynix','organization','SK하이닉스','SK하이닉스','sk하이닉스','company','KR','SK hynix','sk-hynix','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(6,'organization:gaz:rebellions','organization','리벨리온','리벨리온','리벨리온','company','KR','Rebellions','rebellions','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(7,'organization:gaz:furiosaai','organization','퓨리오사AI','퓨리오사AI','퓨리오사ai','company','KR','FuriosaAI','furiosaai','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(8,'organization:gaz:kr-ai-strategy-council','organization','AI 전략 최고위협의회','AI 전략 최고위협의회','ai전략최고위협의회','government','KR','AI Strategy High-Level Council','kr-ai-strategy-council','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(9,'initiative:ai반도체이니셔티브','initiative','AI-반도체 이니셔티브','AI-반도체 이니셔티브','ai반도체이니셔티브','strategy','','','','2024-04',2,'','지난 4월','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(10,'meeting:반도체현안점검회의@2024-04-09','meeting','반도체 현안 점검회의','반도체 현안 점검회의','반도체현안점검회의','meeting','','','','2024-04-09',3,'','9일','서울 용산 대통령실 청사','반도체 현안 점검회의',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(11,'person:윤석열','person','윤석열','윤석열','윤석열','대통령','','','','',0,'','','','',0,0,NULL,1,1,0.8000000000000000444);
INSERT INTO entity VALUES(12,'person:이종호@organization:gaz:msit','person','이종호','이종호','이종호','장관','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(13,'person:안덕근@organization:gaz:motie','person','안덕근','안덕근','안덕근','장관','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(14,'organization:gaz:sapeon-korea','organization','사피온코리아','사피온코리아','사피온코리아','company','KR','SAPEON Korea','sapeon-korea','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(15,'organization:gaz:sk-telecom','organization','SK텔레콤','SK텔레콤','sk텔레콤','company','KR','SK Telecom','sk-telecom','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(16,'organization:gaz:sk-square','organization','SK스퀘어','SK스퀘어','sk스퀘어','company','KR','SK Square','sk-square','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(17,'organization:gaz:kt','organization','KT','KT','kt','company','KR','KT Corporation','kt','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(18,'organization:gaz:nvidia','organization','엔비디아','엔비디아','엔비디아','company','US','NVIDIA','nvidia','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(19,'initiative:k클라우드프로젝트','initiative','K-클라우드 프로젝트','K-클라우드 프로젝트','k클라우드프로젝트','project','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(20,'person:박성현@organization:gaz:rebellions','person','박성현','박성현','박성현','대표','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(21,'person:류수정@organization:gaz:sapeon-korea','person','류수정','류수정','류수정','대표','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(22,'organization:gaz:vn-government','organization','베트남 정부','베트남 정부','베트남정부','government','VN','Government of Vietnam','vn-government','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(23,'organization:gaz:vn-mpi','organization','기획투자부','기획투자부','기획투자부','government','VN','Ministry of Planning and Investment','vn-mpi','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(24,'organization:gaz:vingroup','organization','빈그룹','빈그룹','빈그룹','company','VN','Vingroup','vingroup','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(25,'organization:빈브레인','organization','빈브레인','빈브레인','빈브레인','company','','VinBrain','','',0,'','','','',0,0,NULL,1,1,0.9000000000000000222);
INSERT INTO entity VALUES(26,'organization:gaz:fpt','organization','FPT','FPT','fpt','company','VN','FPT Corporation','fpt','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(27,'organization:gaz:viettel','organization','비엣텔','비엣텔','비엣텔','company','VN','Viettel Group','viettel','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(28,'meeting:협약식@2024-12-05~art-5067993524f9965b6a59','meeting','협약식','협약식','협약식','ceremony','','','','2024-12-05',3,'','5일','하노이','협약식',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(29,'person:팜민찐','person','팜민찐','팜민찐','팜민찐','총리','','','','',0,'','','','',0,0,NULL,1,1,0.8000000000000000444);
INSERT INTO entity VALUES(30,'person:젠슨황@organization:gaz:nvidia','person','젠슨 황','젠슨 황','젠슨황','CEO','','','','',0,'','','','',0,0,NULL,1,1,1.0);
INSERT INTO entity VALUES(31,'person:응우옌찌중@organization:gaz:vn-mpi','person','응우옌 찌 중','응우옌 찌 중','응우옌찌중','장관','','','','',0,'','','','',0,0,NULL,1,1,1.0);
CREATE TABLE alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    form      TEXT NOT NULL,
    norm      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'surface',
    source    TEXT NOT NULL DEFAULT 'extract',
    hidden    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity_id, norm)
);
INSERT INTO alias VALUES(1,'대통령실','대통령실','official','gazetteer',0);
INSERT INTO alias VALUES(1,'Office of the President','officeofthepresident','english','gazetteer',0);
INSERT INTO alias VALUES(1,'용산 대통령실','용산대통령실','surface','extract',0);
INSERT INTO alias VALUES(1,'청와대','청와대','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(2,'과학기술정보통신부','과학기술정보통신부','official','gazetteer',0);
INSERT INTO alias VALUES(2,'Ministry of Science and ICT','ministryofscienceandict','english','gazetteer',0);
INSERT INTO alias VALUES(2,'과기정통부','과기정통부','abbreviation','extract',0);
INSERT INTO alias VALUES(2,'과기부','과기부','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(2,'MSIT','msit','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(2,'미래창조과학부','미래창조과학부','surface','gazetteer',0);
INSERT INTO alias VALUES(2,'미래부','미래부','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(3,'산업통상자원부','산업통상자원부','official','gazetteer',0);
INSERT INTO alias VALUES(3,'Ministry of Trade, Industry and Energy','ministryoftradeindustryandenergy','english','gazetteer',0);
INSERT INTO alias VALUES(3,'산업부','산업부','abbreviation','extract',0);
INSERT INTO alias VALUES(3,'산자부','산자부','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(3,'MOTIE','motie','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(3,'산업통상부','산업통상부','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(4,'삼성전자','삼성전자','official','gazetteer',0);
INSERT INTO alias VALUES(4,'Samsung Electronics','samsungelectronics','english','gazetteer',0);
INSERT INTO alias VALUES(4,'삼성','삼성','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(4,'Samsung','samsung','english','gazetteer',0);
INSERT INTO alias VALUES(5,'SK하이닉스','sk하이닉스','official','gazetteer',0);
INSERT INTO alias VALUES(5,'SK hynix','skhynix','english','gazetteer',0);
INSERT INTO alias VALUES(5,'하이닉스','하이닉스','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(6,'리벨리온','리벨리온','official','gazetteer',0);
INSERT INTO alias VALUES(6,'Rebellions','rebellions','english','gazetteer',0);
INSERT INTO alias VALUES(7,'퓨리오사AI','퓨리오사ai','official','gazetteer',0);
INSERT INTO alias VALUES(7,'FuriosaAI','furiosaai','english','gazetteer',0);
INSERT INTO alias VALUES(7,'퓨리오사','퓨리오사','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(7,'퓨리오사에이아이','퓨리오사에이아이','surface','gazetteer',0);
INSERT INTO alias VALUES(8,'AI 전략 최고위협의회','ai전략최고위협의회','official','gazetteer',0);
INSERT INTO alias VALUES(8,'AI Strategy High-Level Council','aistrategyhighlevelcouncil','english','gazetteer',0);
INSERT INTO alias VALUES(9,'AI-반도체 이니셔티브','ai반도체이니셔티브','official','extract',0);
INSERT INTO alias VALUES(10,'반도체 현안 점검회의','반도체현안점검회의','official','extract',0);
INSERT INTO alias VALUES(11,'윤석열','윤석열','official','extract',0);
INSERT INTO alias VALUES(12,'이종호','이종호','official','extract',0);
INSERT INTO alias VALUES(13,'안덕근','안덕근','official','extract',0);
INSERT INTO alias VALUES(14,'사피온코리아','사피온코리아','official','gazetteer',0);
INSERT INTO alias VALUES(14,'SAPEON Korea','sapeonkorea','english','gazetteer',0);
INSERT INTO alias VALUES(14,'SAPEON','sapeon','abbreviation','extract',0);
INSERT INTO alias VALUES(14,'사피온','사피온','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(15,'SK텔레콤','sk텔레콤','official','gazetteer',0);
INSERT INTO alias VALUES(15,'SK Telecom','sktelecom','english','gazetteer',0);
INSERT INTO alias VALUES(15,'SKT','skt','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(16,'SK스퀘어','sk스퀘어','official','gazetteer',0);
INSERT INTO alias VALUES(16,'SK Square','sksquare','english','gazetteer',0);
INSERT INTO alias VALUES(17,'KT','kt','official','gazetteer',0);
INSERT INTO alias VALUES(17,'KT Corporation','ktcorporation','english','gazetteer',0);
INSERT INTO alias VALUES(17,'케이티','케이티','surface','gazetteer',0);
INSERT INTO alias VALUES(18,'엔비디아','엔비디아','official','gazetteer',0);
INSERT INTO alias VALUES(18,'NVIDIA','nvidia','english','gazetteer',0);
INSERT INTO alias VALUES(19,'K-클라우드 프로젝트','k클라우드프로젝트','official','extract',0);
INSERT INTO alias VALUES(20,'박성현','박성현','official','extract',0);
INSERT INTO alias VALUES(21,'류수정','류수정','official','extract',0);
INSERT INTO alias VALUES(22,'베트남 정부','베트남정부','official','gazetteer',0);
INSERT INTO alias VALUES(22,'Government of Vietnam','governmentofvietnam','english','gazetteer',0);
INSERT INTO alias VALUES(23,'기획투자부','기획투자부','official','gazetteer',0);
INSERT INTO alias VALUES(23,'Ministry of Planning and Investment','ministryofplanningandinvestment','english','gazetteer',0);
INSERT INTO alias VALUES(23,'베트남 기획투자부','베트남기획투자부','surface','gazetteer',0);
INSERT INTO alias VALUES(23,'MPI','mpi','abbreviation','gazetteer',0);
INSERT INTO alias VALUES(24,'빈그룹','빈그룹','official','gazetteer',0);
INSERT INTO alias VALUES(24,'Vingroup','vingroup','english','gazetteer',0);
INSERT INTO alias VALUES(25,'빈브레인','빈브레인','official','extract',0);
INSERT INTO alias VALUES(25,'VinBrain','vinbrain','english','extract',0);
INSERT INTO alias VALUES(26,'FPT','fpt','official','gazetteer',0);
INSERT INTO alias VALUES(26,'FPT Corporation','fptcorporation','english','gazetteer',0);
INSERT INTO alias VALUES(26,'FPT그룹','fpt그룹','surface','gazetteer',0);
INSERT INTO alias VALUES(26,'FPT 코퍼레이션','fpt코퍼레이션','surface','gazetteer',0);
INSERT INTO alias VALUES(27,'비엣텔','비엣텔','official','gazetteer',0);
INSERT INTO alias VALUES(27,'Viettel Group','viettelgroup','english','gazetteer',0);
INSERT INTO alias VALUES(27,'Viettel','viettel','english','extract',0);
INSERT INTO alias VALUES(27,'비엣텔그룹','비엣텔그룹','surface','gazetteer',0);
INSERT INTO alias VALUES(28,'협약식','협약식','official','extract',0);
INSERT INTO alias VALUES(29,'팜민찐','팜민찐','official','extract',0);
INSERT INTO alias VALUES(30,'젠슨 황','젠슨황','official','extract',0);
INSERT INTO alias VALUES(31,'응우옌 찌 중','응우옌찌중','official','extract',0);
CREATE TABLE mention (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id        INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    origin_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    sentence         INTEGER NOT NULL DEFAULT -1,
    surface          TEXT NOT NULL DEFAULT '',
    field            TEXT NOT NULL DEFAULT ''
, caption INTEGER NOT NULL DEFAULT 0);
INSERT INTO mention VALUES(1,1,1,1,15,22,0,'용산 대통령실','alias',0);
INSERT INTO mention VALUES(2,1,2,2,267,276,3,'과학기술정보통신부','name',0);
INSERT INTO mention VALUES(3,1,2,2,502,507,6,'과기정통부','alias',0);
INSERT INTO mention VALUES(4,1,2,2,569,574,7,'과기정통부','alias',0);
INSERT INTO mention VALUES(5,1,3,3,285,292,3,'산업통상자원부','name',0);
INSERT INTO mention VALUES(6,1,3,3,509,512,6,'산업부','alias',0);
INSERT INTO mention VALUES(7,1,4,4,308,312,3,'삼성전자','name',0);
INSERT INTO mention VALUES(8,1,5,5,314,320,3,'SK하이닉스','name',0);
INSERT INTO mention VALUES(9,1,6,6,322,326,3,'리벨리온','name',0);
INSERT INTO mention VALUES(10,1,7,7,328,334,3,'퓨리오사AI','name',0);
INSERT INTO mention VALUES(11,1,8,8,586,598,7,'AI 전략 최고위협의회','name',0);
INSERT INTO mention VALUES(12,1,9,9,71,83,0,'AI-반도체 이니셔티브','name',0);
INSERT INTO mention VALUES(13,1,10,10,29,40,0,'반도체 현안 점검회의','name',0);
INSERT INTO mention VALUES(14,1,10,10,258,260,3,'회의','alias',0);
INSERT INTO mention VALUES(15,1,10,10,622,633,8,'반도체 현안 점검회의','alias',1);
INSERT INTO mention VALUES(16,1,11,11,0,3,0,'윤석열','name',0);
INSERT INTO mention VALUES(17,1,11,11,613,616,8,'윤석열','name',1);
INSERT INTO mention VALUES(18,1,12,12,263,266,3,'이종호','name',0);
INSERT INTO mention VALUES(19,1,13,13,281,284,3,'안덕근','name',0);
INSERT INTO mention VALUES(20,2,6,6,16,20,0,'리벨리온','name',0);
INSERT INTO mention VALUES(21,2,6,6,21,31,0,'Rebellions','alias',0);
INSERT INTO mention VALUES(22,2,6,6,85,89,1,'리벨리온','name',0);
INSERT INTO mention VALUES(23,2,6,6,220,224,3,'리벨리온','name',0);
INSERT INTO mention VALUES(24,2,6,6,310,314,5,'리벨리온','name',0);
INSERT INTO mention VALUES(25,2,6,6,343,347,6,'리벨리온','name',0);
INSERT INTO mention VALUES(26,2,6,6,583,587,9,'리벨리온','name',1);
INSERT INTO mention VALUES(27,2,14,14,34,40,0,'사피온코리아','name',0);
INSERT INTO mention VALUES(28,2,14,14,41,47,0,'SAPEON','alias',0);
INSERT INTO mention VALUES(29,2,14,14,77,83,1,'사피온코리아','name',0);
INSERT INTO mention VALUES(30,2,14,14,177,183,3,'사피온코리아','name',0);
INSERT INTO mention VALUES(31,2,14,14,417,423,7,'사피온코리아','name',0);
INSERT INTO mention VALUES(32,2,15,15,66,71,1,'SK텔레콤','name',0);
INSERT INTO mention VALUES(33,2,15,15,185,190,3,'SK텔레콤','name',0);
INSERT INTO mention VALUES(34,2,5,5,192,198,3,'SK하이닉스','name',0);
INSERT INTO mention VALUES(35,2,16,16,200,205,3,'SK스퀘어','name',0);
INSERT INTO mention VALUES(36,2,17,17,226,228,3,'KT','name',0);
INSERT INTO mention VALUES(37,2,18,18,378,382,6,'엔비디아','name',0);
INSERT INTO mention VALUES(38,2,9,9,495,507,8,'AI-반도체 이니셔티브','name',0);
INSERT INTO mention VALUES(39,2,19,19,509,520,8,'K-클라우드 프로젝트','name',0);
INSERT INTO mention VALUES(40,2,20,20,339,342,6,'박성현','name',0);
INSERT INTO mention VALUES(41,2,21,21,413,416,7,'류수정','name',0);
INSERT INTO mention VALUES(42,3,18,18,3,7,0,'엔비디아','name',0);
INSERT INTO mention VALUES(43,3,18,18,53,57,1,'엔비디아','name',0);
INSERT INTO mention VALUES(44,3,18,18,89,93,1,'엔비디아','name',0);
INSERT INTO mention VALUES(45,3,18,18,174,178,3,'엔비디아','name',0);
INSERT INTO mention VALUES(46,3,18,18,405,409,7,'엔비디아','name',0);
INSERT INTO mention VALUES(47,3,18,18,498,502,8,'엔비디아','name',0);
INSERT INTO mention VALUES(48,3,22,22,59,65,1,'베트남 정부','name',0);
INSERT INTO mention VALUES(49,3,22,22,338,344,6,'베트남 정부','name',0);
INSERT INTO mention VALUES(50,3,23,23,157,162,2,'기획투자부','name',0);
INSERT INTO mention VALUES(51,3,24,24,199,202,3,'빈그룹','name',0);
INSERT INTO mention VALUES(52,3,24,24,203,211,3,'Vingroup','alias',0);
INSERT INTO mention VALUES(53,3,25,25,228,232,3,'빈브레인','name',0);
INSERT INTO mention VALUES(54,3,25,25,233,241,3,'VinBrain','alias',0);
INSERT INTO mention VALUES(55,3,25,25,255,259,4,'빈브레인','name',0);
INSERT INTO mention VALUES(56,3,26,26,464,467,8,'FPT','name',0);
INSERT INTO mention VALUES(57,3,27,27,469,472,8,'비엣텔','name',0);
INSERT INTO mention VALUES(58,3,27,27,473,480,8,'Viettel','alias',0);
INSERT INTO mention VALUES(59,3,28,28,581,584,9,'협약식','alias',1);
INSERT INTO mention VALUES(60,3,29,29,76,79,1,'팜민찐','name',0);
INSERT INTO mention VALUES(61,3,29,29,397,400,7,'팜민찐','name',0);
INSERT INTO mention VALUES(62,3,30,30,84,88,1,'젠슨 황','name',0);
INSERT INTO mention VALUES(63,3,31,31,149,156,2,'응우옌 찌 중','name',0);
CREATE TABLE fact (
    id         INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    predicate  TEXT NOT NULL,
    object_id  INTEGER REFERENCES entity(id) ON DELETE CASCADE,
    value      TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    first_run  INTEGER,
    last_run   INTEGER,
    UNIQUE (subject_id, predicate, object_id, value)
);
INSERT INTO fact VALUES(1,12,'role',2,'장관',1.0,1,1);
INSERT INTO fact VALUES(2,13,'role',3,'장관',1.0,1,1);
INSERT INTO fact VALUES(3,10,'participant',2,'',1.0,1,1);
INSERT INTO fact VALUES(4,10,'participant',3,'',1.0,1,1);
INSERT INTO fact VALUES(5,10,'participant',4,'',1.0,1,1);
INSERT INTO fact VALUES(6,10,'participant',5,'',1.0,1,1);
INSERT INTO fact VALUES(7,10,'participant',6,'',1.0,1,1);
INSERT INTO fact VALUES(8,10,'participant',7,'',1.0,1,1);
INSERT INTO fact VALUES(9,10,'discussed',9,'',1.0,1,1);
INSERT INTO fact VALUES(10,20,'role',6,'대표',1.0,1,1);
INSERT INTO fact VALUES(11,21,'role',14,'대표',1.0,1,1);
INSERT INTO fact VALUES(12,6,'merger',14,'',0.9000000000000000222,1,1);
INSERT INTO fact VALUES(13,6,'partnership',14,'',0.9000000000000000222,1,1);
INSERT INTO fact VALUES(14,30,'role',18,'CEO',1.0,1,1);
INSERT INTO fact VALUES(15,31,'role',23,'장관',1.0,1,1);
INSERT INTO fact VALUES(16,18,'partnership',22,'',0.9000000000000000222,1,1);
INSERT INTO fact VALUES(17,18,'acquisition',25,'',0.9000000000000000222,1,1);
INSERT INTO fact VALUES(18,24,'acquisition',25,'',0.9000000000000000222,1,1);
CREATE TABLE fact_evidence (
    fact_id    INTEGER NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE, date TEXT NOT NULL DEFAULT '', date_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (fact_id, mention_id)
) WITHOUT ROWID;
INSERT INTO fact_evidence VALUES(1,2,'','');
INSERT INTO fact_evidence VALUES(1,18,'','');
INSERT INTO fact_evidence VALUES(2,5,'','');
INSERT INTO fact_evidence VALUES(2,19,'','');
INSERT INTO fact_evidence VALUES(3,2,'','');
INSERT INTO fact_evidence VALUES(3,14,'','');
INSERT INTO fact_evidence VALUES(4,5,'','');
INSERT INTO fact_evidence VALUES(4,14,'','');
INSERT INTO fact_evidence VALUES(5,7,'','');
INSERT INTO fact_evidence VALUES(5,14,'','');
INSERT INTO fact_evidence VALUES(6,8,'','');
INSERT INTO fact_evidence VALUES(6,14,'','');
INSERT INTO fact_evidence VALUES(7,9,'','');
INSERT INTO fact_evidence VALUES(7,14,'','');
INSERT INTO fact_evidence VALUES(8,10,'','');
INSERT INTO fact_evidence VALUES(8,14,'','');
INSERT INTO fact_evidence VALUES(9,12,'','');
INSERT INTO fact_evidence VALUES(9,13,'','');
INSERT INTO fact_evidence VALUES(10,25,'','');
INSERT INTO fact_evidence VALUES(10,40,'','');
INSERT INTO fact_evidence VALUES(11,31,'','');
INSERT INTO fact_evidence VALUES(11,41,'','');
INSERT INTO fact_evidence VALUES(12,20,'','');
INSERT INTO fact_evidence VALUES(12,27,'','');
INSERT INTO fact_evidence VALUES(13,22,'2024-06-12','12일');
INSERT INTO fact_evidence VALUES(13,29,'2024-06-12','12일');
INSERT INTO fact_evidence VALUES(14,43,'','');
INSERT INTO fact_evidence VALUES(14,44,'','');
INSERT INTO fact_evidence VALUES(14,62,'','');
INSERT INTO fact_evidence VALUES(15,50,'','');
INSERT INTO fact_evidence VALUES(15,63,'','');
INSERT INTO fact_evidence VALUES(16,43,'2024-12-05','5일');
INSERT INTO fact_evidence VALUES(16,48,'2024-12-05','5일');
INSERT INTO fact_evidence VALUES(17,45,'','');
INSERT INTO fact_evidence VALUES(17,53,'','');
INSERT INTO fact_evidence VALUES(18,51,'','');
INSERT INTO fact_evidence VALUES(18,53,'','');
CREATE TABLE decision (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('rename', 'add_alias', 'remove_alias', 'merge', 'split',
                                             'reject', 'unreject')),
    entity_uid TEXT NOT NULL,
    other_uid  TEXT,
    value      TEXT,
    created_at TEXT NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO decision VALUES(1,'rename','organization:gaz:msit',NULL,'과기정통부 (MSIT)','2026-12-01T10:00:00Z',0);
INSERT INTO decision VALUES(2,'reject','organization:gaz:kr-president-office',NULL,NULL,'2026-12-01T10:01:00Z',0);
INSERT INTO decision VALUES(3,'merge','organization:gaz:rebellions','organization:gaz:furiosaai',NULL,'2026-12-01T10:02:00Z',1);
CREATE TABLE annotation (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    article_uid TEXT NOT NULL,
    article_id  INTEGER,
    start       INTEGER NOT NULL DEFAULT 0,
    end         INTEGER NOT NULL DEFAULT 0,
    exact       TEXT NOT NULL DEFAULT '',
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    text_hash   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',
    entity_uid  TEXT NOT NULL DEFAULT '',
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO annotation VALUES(1,'6f1c2a1e-1b7a-4c55-9a3e-0d7f1e2b3c4d','art-a05b74f9320919fb9f3b',1,125,140,'총 9조4천억 원을 투자하고','정부는 이니셔티브를 통해 2027년까지 AI반도체 분야에 ',', 1조4천억 원 규모의 반도체 펀드를 조성해 AI반도체 ','b1eb84dcf5db728116b4dd82cafe91d7b2409e75502d1bb8d3e724943c9d018f','9.4조 투자 규모 확인','yellow','예산','',0,'2026-12-02T10:01:05Z','2026-12-02T10:01:05Z',0);
INSERT INTO annotation VALUES(2,'0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d','art-a9aab4228f2033a18295',2,0,0,'리벨리온','','','','','yellow','','',1,'2026-12-02T10:01:05Z','2026-12-02T10:01:05Z',0);
CREATE TABLE IF NOT EXISTS 'doc_wd_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO doc_wd_data VALUES(1,X'03198349');
INSERT INTO doc_wd_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO doc_wd_data VALUES(137438953473,X'000008180230310106010129010432303237010601011d010133010601017d010134010a010125086f010139010a010104212301026169011e0306010110070c150f051a0c0f0a2301026733010801018101010368626d010601013901016b010601013e02026169010601013f010370696d010601013c0102736b01060101560103e5b0b90102020109eab095eab5adec9db8010601017f0205b2bdec9f8101060101660703ec9db401060101660205b384ed9a8d0108010181140706ec9db4eb8ba40108010181140313a0eb8c80ec97aded8fadeba994ebaaa8eba6ac010601013a0301bc01080101112c0403eab090010601016c0703ed959c010601016c050bb8b0eca095ed86b5ebb680010a01018105121003eb8a940108010181151003ec99800108010181050403eca09c0108010181090703eb8f8401060101480802a5bc0108010181090418ed9599eab8b0ec88a0eca095ebb3b4ed86b5ec8ba0ebb680010601014c0205b480eab38401060101520703ec9e90010601015e0208b5acecb2b4ed999401080101810a0a06ed9598eab8b001080101810a0304adeab08001060101670208b79cebaaa8ec9d98010601012e0205b8b0ec88a001060101460502978501080101342b0703ec9d9801060101340205beb8eba0a401080101810f010ceb82b4eab1b8ec9788eb8ba401080101810402088584eab98ceca780010601011e0304bcec9d980108010181120703eba5bc01080101811202028c8001080101453b0406ed86b5eba0b9010a01010362410a03ec8ba401060101080b029d800108010103620c01b401080101812202058f84ec95bd0108010181020703ec9d84010801018102021192b7ebb09becb9a8ed9598eab8b0eba19c0106010136020293b1010a010143100c0202a5bc010c01010d0d8107020ba6acebb2a8eba6acec98a801060101580205aaa9ed919c0108010181030703eba19c0108010181030205afbceab48001080101810c0202b09401080101811f030798eb8f84ecb2b40120040601010a0a060c11060f1e0b0f0a2b0a03eba5bc010601011203049ced919c01080a0101190706ed9688eb8ba4010601011903079ded9894eb8ba401060101770205b680ecb2980106010153030484ec95bc01080101215c0703ec979001060101210109ec82b0ec9785ebb6800108010181060a03eb8a94010801018106070fed86b5ec8381ec9e90ec9b90ebb680010601014f030abcec84b1eca084ec9e9001060101550205849cec9ab801060101060304b1ec9ea501060101350703ec9d8401060101350304b8eab384010601017c0403ebb68001080101810802058b9cec9e910108010181130703ed95a001080101811302089588eb8d95eab7bc010601014e03049eec849c01080101811602059691ec838101060101690703ec9cbc01060101690a03eba19c0106010169020e98a8eb9494ebb094ec9db4ec8aa4010601014102059aa9ec82b0010601010702029b90010601012d0403ec9d84010601012702059c84ed95b401080101810b0301a401060101620406ec849dec97b4010a010102812102059d98eca78001060101760703eba5bc0106010176030db4eb8b88ec8594ed8bb0ebb88c010c09010117066e1003eba5bc010601011b1003ec9d980108010181070601ac0108010181100505a5b8ebb0940108010181000406eca285ed98b8010601014b030ab8eab3b5eca780eb8aa5010601010f0301bc010a010105811602059e88eb8ba4010a01018120090703eba9b0010601016b0307a1eb8a94eb8ba401020605058f84eba19d01060101740304a5eab480010a01014d05060703eab3bc010801014d090208a080eca084eba0a5010601013d030484eab09c010601016a0706eb9098eab3a0010601016a0403eb9eb501080101811b0505acb8eab08001060101600a03eab0800106010160030a90eab280ed9a8cec9d98010a01010c811b0d03eba5bc010801018125030495ebb680010801011a600703eb8a94010801011a6003049ceb8f84010601016e0403ec8b9c01060101490706ed9688eb8ba401060101490202a1b00108010124080406ec84b1ed95b401060101310208a3bceb8f84eab68c0108050101730a03ec9d8401060101730403ec9eac010a01010e811a0706ed9598eab3a0010a01010e811a0202a4910108010181110205a780eb829c0108010181170403ec9b90010601016f0703ec9cbc010601016f0a03eba19c010601016f0208b0a8ec84b8eb8c8001060101380304b8ec849d01060101610706ed9688eb8ba401060101610205b184eb849001080101810e0703ec9d8401080101810e0205b29cec96b50108010126080304adec82ac01060101090706ec9790ec849c01060101090202b49d01060101220406eba0a5eca08401060101680211b59ceab3a0ec9c84ed9891ec9d98ed9a8c01080101811c0205b69cebb29401080101811e0706ec8b9ced82a801080101811e0106ed82a4ec9ab001060101140703eb8a940106010114020586b5ed95b4010601011c020588acec9e900108010128470703ec9980010601016d0706ed9598eab3a0010601012802058e80eb939c01060101300703eba5bc0106010130020b93a8eba6acec98a4ec82ac010601015902089598eab2a0eb8ba401060101750a03eb8a9401060101750409ec9db4eb8b89ec8aa40106010157030499eab384010601015f03049ceab5ad01060101700703ec9db401060101700304a8eabb98010601011302059688eb8ba4010601013702059881ec8ba00106010147030484ec9588010a01010b811b030491ec9d9801080101810d02059a8cec9d98010601014a0703ec9790010601014a0a03eb8a94010601014a04080b080a0a150a0a08090a0908100c0a0d0e1a090a0a140b0b0b0a0a1f0c0a100e0b0f0c0a0a0d140f0c0b0a0f0a0a090d0b180b0c120d0b0d0a1b0a0c0d0e0c0c0a110b16110c0b0a0b0b0d0b0f0c0c0a0a150c090a0d080f0c0a170a0b090d0d110a0e0a0c0c0d0b0f0b0d0b0c0a130b0c0b0b0a0d0a0d100a0c0f0a0d0a0a0a0f0b0d0d0b0d0b0d090d190d0e0d0a0c0d0a0d0c0a120f0a100b0b0a0b0c0c0d0c0c0a');
INSERT INTO doc_wd_data VALUES(274877906945,X'0000083f03303132020601011d010134020601017801026169021007010103402c121901016b020601017e02046f726561020601010c020174020601013601036d6f75020601011a01036e7075020801018102010a726562656c6c696f6e7302060101080106736170656f6e020601010b02016b020c0101101e04040103eab080020601010d0406ec9ab4eb8db0020801018105030a96ecb694eab2a0eb8ba402060101630d03eb8a9402060101630601980208010181080205b283ec9cbc02080101810d0703eba19c02080101810d05029d8402060101270601b402060101730706eb9dbceab3a002060101730304b0ed95a902060101460703ec9d8402060101460304bdec9881020601014b0703ec9d80020601014b05029f8102080101441d0703eba0a5020601016f0a03ec9d84020601016f0703ed95a0020601015f0502a09c0208010181070703eba5bc0208010181070205b384eab8b002060101710703eab08002060101710301bc02060101090205b480eba0a80206010118020bb5adeab080eb8c80ed919c0202060403eb82b402080101026a0403ec82b00208010181010205b79cebaaa802060101620703eba5bc02060101620703ec9d980208010181060208b880eba19cebb28c020601015b0304b0ec88a002060101580703eab3bc020601015805029785020a09010143480703ec9db40208010143480901b802060101060106eb85bcec9d9802060101500703eab080020601015002058692ec9db402060101700703eb8a94020601017002088c80eab8b0ec9785020601013d0a03ec9d84020601013d0403ec8ba002060101450403ed919c0208010155150703eb8a94020601015508028f84020601016802118db0ec9db4ed84b0ec84bced84b0ec9aa9020801018111020290a0020601017202029190020a0101202218030194020601013f020b93a4ec96b4eab084eb8ba4020601012a0304b1eab3bc020601015e0403ec9db4020601013702059cbbec9d8402060101640208a598ec8898eca09502060101660301bc020601011b020ba6acebb2a8eba6acec98a80212020101070f23190a3e0d03ec9d8002060101350f01980208010181100f01b402060101140208a788ebacb4eba6ac02060101260a03ed959802060101260d03eb8a94020601012603078ceb93a0eb8ba402020a030790ed9688eb8ba402060101740304a1eb8a94020601014e030abaec9788eb8ba4eab3a0020601011c0205aaa9ed919c02060101280703eba19c02060101280208b095ec84b1ed98840206010153030798eb8f84ecb2b4021008010104402c121903049ced919c020601017a0703ed959c020601017a03079ded9894eb8ba4020801011f480304a9ed96a5020601014f0703ec9cbc020601014f0a03eba19c020601014f0304b0eab2bd020601013e0703ec9cbc020601013e0a03eba19c020601013e0205b295ec9db8020601014a0703ec9d98020601014a0205b3b4eab3a002080101810e0307b8eab384ec95bd02060101230a03eab3bc02060101230109ec82aced94bcec98a80202030a09ecbd94eba6acec9584020c01010a0b1a3e1303eb8a94020601012b1303ec998002060101130208839ded839ceab384020601016d020584a4eab384020601010502088588ec9db4eb8ba402060101480202889802060101600403ec9a940208010181030703eab08002080101810302088aa4ed8098ec96b402060101310a03eab080020601013105088380ed8ab8ec9785020601013b0d06ec9db4eb8ba4020601013b02058b9cec9ea5020601015c0706ec9790ec849c020601015c0304a4ec82ac02060101290703ec9790020601012902059584ed86b0020801018114020b9691ed95b4eab081ec849c020601011902059785eab38402060101750706ec9790ec849c02060101750d03eb8a940206010175030a94ebb984eb9494ec9584020601015d0304b0eb82b4020601012202029b940206010179020e9db4eb8b88ec8594ed8bb0ebb88c020601017d1003ec9980020601017d0304b8eba0a502060101590703ec9d8402060101590301bc020601011e02059e88eb8a9402080101333005028ba402080101523f030790ed9a8cec82ac0206010112030491ec9aa902080101810c0703ed959c02080101810c0208a084eb9eb5eca08102060101380403ecb2b4020601016e0703ec9d98020601016e030488ecb0a802060101250703eba5bc0206010125030495ebb68002060101760703eab08002060101760205a3bceca3bc02060101320703eba19c02060101320205a780eb829c0206010177030484ed968902060101510706eb9098eab3a002060101510205aabdec9db4020601014d0205b0b8ec97ac020601013a0703ed959c020601013a0205b694eca7840202050709ed9598eab8b0eba19c02060101160205bba4eca7800208010181040703eb8a94020801018104010ced81b4eb9dbcec9ab0eb939c020601017f0205839ded959c020601014702088594eba088ecbda402080101111e0a03eab3bc020601012d0a03ec9d800206010111020586b5ec8ba0020601013c020888acec9e90ec9e9002060101390a03eba19c020601013902058c90eb8ba802080101810b0703ec9db402080101810b020b9484eba19ceca09ded8ab80208010181000d03eba19c020801018100020b9584ec9a94ed9598eb8ba402080101810a0d03eb8a9402080101810a030498eab3a002060101170403eb8298020601010e0703eba19c020601010e0409ec9db4eb8b89ec8aa4020601012f0304a9ebb391020e040101151127220703ec9d8402060101150901b402060101690403ecb390020601015a0505b99ceb8ba4020601010f02059a8cec82ac0208010121380703eb8a9402060101210703ec9d9802060101570904b4eab3a002060101340409080e080b080a0b110d0b0a0e110a090d0b09080d0b0a0b0a0a0a0a0a0a0b0c0a080c100b0b0c0a0b0f0b0a0b0b080d0a0c0a0f0a0a0b0a0919090b08120b0a0c0f08180a09080f0a0a0c0e0b110c0a0f130b0a0f0b0a0a0b0a0a0c0a0d0e0a0e130a0a0f0c0f090b0b0f0a0f0d0c0d0b0a0d120c0d0a110b09150a0b0a080d0a0e0c0b0f0a0a0b0a0b0a0c0a0c0b0d0c0c0a0a100d0b130c100a0a0c0f0a0d0b130b130b0b0a0a100f0a080a0c0d0a0a');
INSERT INTO doc_wd_data VALUES(412316860417,X'0000073603303132030601014901013503080101117e0102616903140401010607131d0d1828010363656f0308010119300101640306010109010366707403060101740103677075030601017c010172030601010801077669657474656c030601017603066e627261696e030601013a040567726f757003060101330109eab080ec9ab4eb8db0030601011b03079cebb09ced95b403060101430205b1b0eca090030601016c0703ec9cbc030601016c0a03eba19c030601016c0205b283ec9cbc03080101810a0703eba19c03080101810a05029db403060101700706eb9dbceab3a003060101700205b384eab8b0030601016e0703eab080030601016e0205b480ed959c03060101200205b8b0eb8c8003080101810b0706ed9598eab3a003080101810b0502b098030601017d0403ec88a0030601016b05029785030a010131202d0703eb93a4030801014f2d0a03eab3bc030601014f0a03ec9db4030601017a040ced9a8ded88acec9e90ebb6800306010128010feb8db0ec9db4ed84b0ec84bced84b0030801010c141003eba5bc030601010c02058f84ec95bd030601016d0703ed9598030601016d0a03eb8a94030601016d030499eba0a5030601015b0703ec9cbc030601015b0a03eba19c030601015b020290a0030601016f020293b103060101770205a78ced81bc030801018103030790ed9688eb8ba403060101710307baec9788eb8ba403060101220205afb8eab5ad03060101020403eb9e9803060101590304bceab08403060101300202b0940306010153030798eb8f84ecb2b403060101570a03ec9980030601015703079ded9894eb8ba4030601013d0307a9ebacb8ed95b4030601014d0208b2a0ed8ab8eb82a80316030101040d160d1f0c16110a03ec97900308030101040b029d84030601014b0c01b403060101690205b3b4eca1b003060101410403ed83a40308010181090208b984ec97a3ed85940306010175030788eab7b8eba3b903060101320409ebb88ceba088ec9db80308010139070d03ec9d80030601013e0106ec82acec97850308010181000703ec9d840308010181000304bceab3a0030601015c0208839ded839ceab3840308010181060205849cebaa85030601012a0706ed9688eb8ba4030601012a0304a4eba6bd030601011f0703ec9790030601011f0304b1ec9ea5030601015a0304b8ec9ab403060101350703eb8ba403080601010d0304bced84b0030601010a0703ec9980030601010a020b8aa4ed8380ed8ab8ec9785030601013802058f9feab3a0030601016302089584ec8b9cec9584030601016a0a03ec9d98030601016a0304bdec868d03060101520703ed959c030601015202059691ec84b103060101610703ec9790030601016102059785eab38403060101730706ec9790ec849c03060101730d03eb8a940306010173030a94ebb984eb9494ec95840312020101030d0c153e160d03eab08003060101030d03eb8a94030601012b0d03ec9980030601010e0e029d980306010167030ab0eab5aceab09cebb09c03060101070d06ec84bced84b003080501011d1303ec9980030601011d0304b4eba6b003080101811002059881ec8381030601013f0301a80306010144020899b8eab5adec9db8030601015d02029b94030601014a02059ca0ecb998030601015f0703ec9980030601015f02029d84030601013b030791ec9ab0ec988c0306010125030498eba38c03060101360301b403060101340403ebb2880308010181040403ec9980030601012c030ab8eab3b5eca780eb8aa50306010105040cec8898ed959ceb8ba4eab3a0030601013c05029eac03060101600301bc03080101127e02059e88eb8a9403080101810205028ba4030a010154122a0304a5eab48003060101290703ec9db40306010129020ba095ebb3b4eab8b0ec88a003060101790502b680030a07010110480703eb8a940308010110480703ec99800302070304a0ec8aa803060101160202a49103060101270208a780eb829ced95b40306010148030484eb8ba803060101400202b08c03060101260304b8ec849d030601011a0703ed959c030601011a0205b298ec9d8c030601014c0205b49deba6ac0308010115530703eb8a9403060101660703ec998003060101150205b59ceb8c80030601012f0208b8a1ec9790ec849c03060101240a03eb8a940306010124010ced81b4eb9dbcec9ab0eb939c030601017f020588acec9e90030801015e0c0703eab080030601016802088c9cebafbcecb09003080101145302089598eb85b8ec9db403080101137e0a06ec9790ec849c03080101137e0304a8eabb98030601012d02059884eca780030801014e26030491eba0a503060101500403ec95bd030a08010121660703ec8b9d03080101811108029d8403060101210901b403080101810502059995eb8c800308010151320703eba5bc03060101510706ed9598eab3a00308010181010403ec9ea50308010181070703ec97900308010181070301a903080101173102089a8cec82aceb8ba4030601014502059e98ec9d84030801016228040909100b080a0a080e0d0c100e0c0a0a0d0b090d0c0a0c0d0e090a0b0b0a0a13170a0c0a0a0b0a0a09090d0e0e0c0a0b090e0a0e0e170b09080c0b0f0e110a0e0b0b100c0d0b0a0b0b0b0b0a120c0f0a0b0a0c0a0c0d0a170a0a0a09110e0a0c0c080f090c0a090e0b080b0a111309090d0b0b0a120b0b080b090f0b090b0a0c0d0a0a0c0f0a130d0a10100e0b0d0b0c0b09090d0a0e0b0b090f');
CREATE TABLE IF NOT EXISTS 'doc_wd_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO doc_wd_idx VALUES(1,X'',2);
INSERT INTO doc_wd_idx VALUES(2,X'',2);
INSERT INTO doc_wd_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'doc_wd_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO doc_wd_docsize VALUES(1,X'098126');
INSERT INTO doc_wd_docsize VALUES(2,X'098113');
INSERT INTO doc_wd_docsize VALUES(3,X'078110');
CREATE TABLE IF NOT EXISTS 'doc_wd_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO doc_wd_config VALUES('version',4);
CREATE TABLE IF NOT EXISTS 'doc_bg_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO doc_bg_data VALUES(1,X'033b8910');
INSERT INTO doc_bg_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO doc_bg_data VALUES(137438953473,X'00000e8b023031010601015c010432303237010601014801013301080101822e010134010c0101540c821d010139010a0101084c4501026169011e030b0101270c1c242109441827185701026733010801018235010368626d01080101810001016b01080101810b0202616901080101810c010370696d0108010181080102736b01080101814b0103e5b0b90102020106eab080eab0800108010181620403ecb0b80108010181630502b49d010801018173030490ed959c010801018203030495eab5ad01080101823003049ceb909801080101817c0205b1b8ec978801080101823d0205b280ed9a8c010a01011c827e0304a0eb8ba401080101821c0304bdec9f8101080101816f0205b384ebb6800108010181420403ec9e9001080101815d0502a08401080101815f0403ed9a8d01080101826d0304a0eb8c800108010181010403ec9c8401080101827f05029db8010601012305029e88010c0101817e81230304b5eca78001060101250301bc0108010128610403eab0900108010182020502b8b0010a0101823f330403ebb09801060101280403ec82bc010801018147050295880108010181330502a09c010c0101811b81380403ed95990108010181280205b480eab384010a010181411d0601bc010a01018132160403eb93b101080101813f0403ed989101080101825c0205b5acecb2b40108010182540304adeab0800108010181720403ec9db401080101820f0601b80108010182310205b68cec9d8401080101821605029ea10102090205b79cebaaa801060101620304bcec82b00108010181360205b8b0eba19c010601017b0403ec88a0010a01018117150502978501080101716b05029c840108010182580502a095010a01018240330205b98ceca780010601014a0205bb98ed82a4010601012e0205beb8eba0a40108010182620106eb82b4eab1b801080101823c02058490ec9d8401080101826002058584eab98c01060101490304bcec9d9801080101826702058a94eb8ba401020b0403ec959e01080101827505029d9801080101821e0601b4010c01014066812602058b88ec8594010e110101360e820a030489ec8aa401080101814e0304a4eb8a9401080101821d0502a9b00108010182000304aceca49101080101826502028c80010c01018116811b0403eab09501080101822f0502b8b00108010181160403ec97ad0108010181020403ed86b501100101050b815c812802058d95eab7bc01080101813502058f84eab68c010a08010182150403eba19d0108010182190403ec95bd0108010182360502a09c01080101811d0502a7800108010182090502b2b40120050b010117150b1c1b0b214c1727196c02059098eab3a001080101817d020592b7ebb09b01060101770205939ceba5bc01060101690301b1010c010181142d190403eab4800108010181400403ebb09801080101815602059494ebb09401080101811002059eb5ecb59c01080101827d0205a0a4ec9db40108010182630304a5eca0840108010181750304b9ec8ba4010601011005029d80010a01010781650601b40108010183100205a19ceb82b401080101823b0403eca08401080101817a0403ed959c01080101820d05029688010601017c03049ded959801080101821a0205a5b8ebb0940108010182340301bc010c01011e1d824c0403eab5ac0108010182530403ebb09c010601013a06019d0108010182210403ec8b9c0108010182690502a1b0010601016a0502a3bc010a01011f827e0502b69c0108010183040403ed86b50106010146050295a8010601012c0205a6acebb2a801080101814f0403ec98a40108010181530601a80108010181510205a994ebaaa80108010181050304b0eab3bc0108010182010205aaa8eba6ac0108010181060403ec9d9801060101630304a9ed919c0108010182390205acb8eab0800108010181610205afbceab48001080101825b0202b0940108010183080403ec9db401080101811105029e88010801018309030498eb8f840120040b010116150b1c1b0b214c1727196c03049becb9a8010601017803049ced919c01081501013b03049ded98940108010182220205b294ec8b9c0108010183060304a8eba6ac0108010181500205b3b4ed86b501080101812d0205b680eab3bc0108010182500403eb8a94010e01013f8168242f0403ec998001080101824305029ea5010a010181300f0502b298010801018143030484ec95bc010a01014f815e0205b88ceba5bc01080101390e0502b09c0102140403ec9d9801080101824d0106ec82acec979001060101130304b0eb8c80010601010d0403ec9785010c0101813781100304bcec84b101080101814802058381ec9cbc01080101817805029e9001080101813a0205849cebb09801060101150403ec9ab8010601010a0502a78001080101827703049dec97b4010a010103830b0403ed96880108010181650304b1ec9ea501060101740502a0840108010181490403ed95b4010601016c0304b8eab38401080101822d0403eb8c80010601017f0502b68001080101824f02058594ed8bb0010e120101370e820a020588a0eca09501080101812b0403ed988101080101811802058b9cec9e9101080101826a0403ed82a80108010183070502968801080101811f0304a0eab3bc01080101811a0403ebb68001080101812f0304a4ecb2ad010601011102059588eb8d950108010181340403eca090010a01011a827e03049eec849c0108010182760304bcec84b801080101822c0502979001060101500304bdec9d8401080101823702059691ec83810108010181770304b5ec9b9001080101560c02059785eab48001080101815b0403ebb6800108010182460403ec9d9801060101720403ed86b5010801018138030488eb8ba401080101823e030490eb8a940108010181230403ec849c01060101140502b49d01060101510304aded8fad0108010181030304b4eb8c80010a010104830b020598a4ec82ac0108010181540304a8eb949401080101810f020299800108010182270403ebb0980108010182270403ec82b00108010182440502a09c01080101820702059aa9ec82b0010601010c0304b0eb8a9401060101300304b8ec9aa9010601010b02029b9001060101600403eab79c01060101610403ebb68001080101813c0403ec9cbc01080101820b05029d84010601015702059c84ed95b4010801018259050298910108010183000301a40108010181670403eb8c800108010181670403ec849d010a010102830b0304bceba19c010a010181791502059d84eabeb80108010182610403eb92b701060101760502aaa90108010182380403ec9ea10108010182170403ed88ac0106010158030498eba5bc010c01011e824c340502b09801060101640403ec84b101060101730601b801080101824e050297900108010181220502a78001080101821f0502b18401080101825e0403ed9a8c0108010183020304b4eab5ad0108010181710403eb8b88010e100101350e820a06018901080101814d0601a401080101826f0601ac0108010182640502a5b80108010182330502b0980108010183110403ec8aa40108010181120502a2850108010181250304b8eab3b501060101240403ec9db40108010182320301bc010a01010982730403ec849c010601010902059e88eb8ba4010e0101817f810d18030490ec998001080101820605029b9001080101813b0403ed9598010601015a030491ed95a001080101826b0304a1eb8a9401020a05028f840108010182180304a5eab480010c010181310f090403ec9d8401060101750304aced9598010a010121827e02059f81ec9db40108010181700205a080eca084010801018109030484eab09c01080101817b0403eb9eb501080101827c0502a0a501080101810a0502acb80108010181600403ec969101080101817605029e9001080101814a030490eab280010a01011b827e030495ebb3b401080101812c0502b680010a01013e81680403ed86b5010a010182413303049ceb8f84010a0101811c6e0502a5bc0108010182520403ec8b9c01080101811e0202a1b001080101530c0403ec84b1010601016b0205a285ed98b80108010181260205a3bceb8f84010a07010182140403ec9eac010a010120827e0202a4910108010182650403eb85bc0108010182660205a780eb829c01080101827805028aa501060101260502a5bc0108010182200403ec9b9001080101820a0205b0a8ec84b8010601017e0304b8ec849d0108010181640205b184eb849001080101825f0205b298ec9ea501080101814403049cec96b501080101550c0304adec82ac01060101120304b4eab2bd01080101816e0502b8b001080101706b0403eba5bc010601012b0502b684010a01014e815e0403ec9db401080f0101340502a3bc010a06010182130403ed8e80010601016705029884010a010118827e050299940108010182550202b49d01060101510403eba0a50108010181740205b59ceab3a001080101827e0205b69cebb2940108010183050205b9a8ed959801060101790106ed82a4ec9ab0010601012f0304a8ebb094010801018308020586b5eba0b901100101060b815c81280502b680010a01018242330403ec838101080101813905028ba001080101812e0403ed95b40106010147020588acec9e90010a010159812e02058bb0ebb88c010e130101380e820a02058e80eb939c010601016802058fadeba9940108010181040205919ceba19c01080101823a0403ed9688010601013c020593a8eba6ac01080101815202059598eab2a001080101821b0502b3a0010c0101223b82450502b8b0010a01017a815f0403ec9db401080101814c030499eab38401080101815e0502b8b001080101812903049ceab5ad01080101820e0403ed88ac0108010182040304a0eab38401080101826c0304a8eabb98010601012d0304b4ebafbc01080101825a02059688eb8ba4010c01013d42254802059881ec8ba0010801018119030484ec9588010a010119827e030491ec9d98010a0101825d26030494eb8ba40108010182230304b8eab3bc01080101812702059994ed959801080101825602059a8ceba5bc0108010183030403ec9d98010e01011d8106817a03048dec9db401080101826e04080b090b0a150a0b090a0b0a080e0b0a0c0c0c0d0e0c0c0d0b0a0b0c0b090c0b090b0b0a0b0a0c0b0e0a0b0b0d0c0b090d070c0c0c0c0a0a0b0c0c0d0e0d0c0c0a0b0a0b100c0c0a0c0c0b0a0b0f0d0e0b0b0a0a160d0c0c0b0b0b0d0d0d0c0b0b090d0b0b090c0d0b0b0a090b090b0a0a090d0b090d0c0d0a0c0d0d0a0b0a180b0c0c0d0c0d0d0e0b0b0a0d0d070b0d0b0d0c0d0a0c0a0a0d0b0b0a0a0c0a0a100d0b0d0b0a0c0b0b0d0c0c0c090c0d0c0d0b0a0b0c0c0a090c0d0d0c0a0b0b0a0c0b0b090a0b0b090d0a090b0c0d0d0a0a0b0a0e090a090a0a0a0b0c0e0909090a0a0b0a0b0b0a0a100c0a0a0c090a0e0a0d0d0d0c0b0a0a0b0a0d0c0b0c0d0a0b0a0a0d0e0c0a0b0d090a0b0c0c0d0d0c0b0c0a0a0b0b0b0a0b0a090b0d0d0c0d0c110b0b0a0a0e100c0d0d0a0d0d0c0b0b0c0a0c0b0c0b0c0f0d0d0d0c0c0d0d0e');
INSERT INTO doc_bg_data VALUES(274877906945,X'00000e7803303132020601014601013402080101823c0102616902120e0101038124752a4501016b02080101824902046f726561020601011702017402080101810801036d6f75020601014101036e7075020801018254010a726562656c6c696f6e73020601010f0106736170656f6e020601011602016b020c01011e5306060103eab08002060101180403eb8c8002020c050290a002080101822b0403ec9ab402080101825b0502a3bc020601017b0502a78002080101823a06018402080101814d0502bba40208010182570403ed95980206010118030481ec849c0206010140030484eb8ba40206010168030496ecb69402080101817f0601980208010182630205b283ec9cbc02080101827305029d84020601015e0601b402080101822d0304a0eb8ba40208010182010304b0ed95a90208010181300304bdec988102080101813c05029cbc02080101812105029f81020c0101812c4c2e0502a09c0208010182600205b384eab8b0020a01010882230403ec95bd0206010151050297900208010182340502a08402080101821e0304a0eab480020601013b0403eba7900208010182300403ec9e88020c0101815181280301bc02060101100403eab2bd0208010181750403ec82ac020601011005029db80208010181630403ed95a902060101530205b480eba0a8020601013c0205b5adeab08002020b0403eb82b4020a01010282170403ec82b00208010182530205b79cebaaa8020a0101817c630205b880eba19c0208010181690304b0eab08002080101822a0403eba19c02060101380403ec88a00208010181610502978502121201010981160e813e0106eb8298eba19c020601011a0304b4ebb3b8020601014f020585bcec9d9802080101814b02058692ec9db402080101822602058a94eab08002080101825a0502b283020601015d0502b3840208010182280502b79c02080101817b0403eb919002080101815c05029cbb0208010182030502b0a90208010181460403ec97b0020601014d0502a0950208010182370403ed8c9002080101826c05029a8c02080101810002058b88ec8594020801018245030489ec8aa402060101760304a4eab3a002060101450403eb8a94020a010182026b0304a8ec9db402080101826e02058c80eab8b002080101811c0403ec8ba002080101812e0403ed919c020c0d0101815a3902058db0ec9db402080101827e02058f84ecb2b40212100101058124752a450403ed95a902080101821302059098eab3a00208010181500301a002080101822b0403eab28302080101822c02029190020a01014a5c3a0403ed9a8c020a01014a81150301940208010181230403eb91900208010181240205939ced948402080101824d0304a0eb8ba40202150304a4ec96b402060101660304b1eab3bc0208010181740403ec9db402080101810902059494ec958402080101817202059cbbec9d8402080101820402059dbceab3a002080101822f0403ec9ab002080101824b02059eb5eca08102080101810c0205a088ecbda40208010120530304a5ec9d84020a01018165410304a8ec9691020601013d0205a19ceab5ad0208010182520403eb85bc02080101814a050291940208010181230502b28c02080101816a0502b3b40208010182750403ec8ba4020601016205029e88020601017e0502a09d02080101824f0502b0b80208010181110403ed959802060101390601a9020601011b0205a598ec88980208010182080301bc02060101420403eab096020a0101817e660403eba78802060101580601ba02060101420205a6acebb2a802140201010c23593d1981250403ec9584020e01011517458124050298a802140401010e23593d1981250403ed9598020601015b0205a788ebacb4020601015903048ceb93a0020214030490ed96880208010182310304a1eb8a940208010181450304baec978802060101430205aaa8eba5bc02080101817d0403ec9d9802080101825e0304a9ed919c02060101600205acb4eba6ac020601015a0205b095ec84b1020801018153030498eb8f8402120f0101048124752a4503049ced919c02080101823e03049ded9894020a01014881400304a9ed96a50208010181470304b0eab2bd0208010181200205b28cec8b9c02080101816b030495ec9db80208010181390304a8eba6ac02140301010d23593d1981250205b391ebb2950208010181380403ec9d8402060101330601b40208010182150502a08802060101550502b6940202090304b4eab3a00208010182760304b8eab38402060101500205b680eab0800208010182390205b88cec99800208010182480205b984eb94940208010181710106ec82aceb8a94020601014c0403ec82ac020601012505029790020601016405029d9802080101815f0601b40208010181020403ed94bc021005010111174581240205839ded839c02080101821c0205849ceb8a940208010182360403ec979402080101816f0304a4eab38402060101070304b1ed98840208010181540304bced84b002080101830102058588ec9db4020801018135030494ed8bb0020801018246020288980208010181780403ec9a9402080101825505029e880208010181790502a0950208010182090304a0eab3bc02080101816202058aa4ed809802060101780502838002080101811502058b9cec9ea502080101816c0304a0eab2b002080101812f0403eb8c8002080101811b0304a4ec82ac020601016302059584eb8a94020601016e05028c80020801018210050293b10208010181730403ec9980020601012b0403ed86b00208010183070304bdeab3bc020601015202059691ed95b4020601013e0304b4eab080020601017a060184020601016702059785eab3840208010182330403eba78c0202130403ec9d8402080101811e0601b4020e0101811814813e0601b8020601010a030488eb8ba40206010144030490eb93a402060101650403ec849c020a0101816e49030494ebb9840208010181700304aced959c0208010181130304b0eb82b4020601014e02059881ec9d8002080101813d0304a8eb8c800208010181590403ec9d8002080101810706019802080101827c0601b402060101300502aabd0208010181420502bd94020e010113174581240403ed95a902020702059980eba6ac020601012c02059a94eab0800208010182560403ed95980208010182690304a9ed959c0208010182710304b0eb939c02080101824c0304b4eb8db002080101825c02029b9402080101823d0403ebb09c02080101823d02059cbceba19c020e0101812229812d02059d80eba6ac02080101813e0403ec9e900206010122030484eb86920208010182250502aaa9020601015f0502b09d0208010182050601b002080101811f0403ecb69402060101340403ed839d020801018132050295a9020801018166030498eab08002080101814c0502b2bd020c0101813b68400502b8b00208010181600403eb8db002080101827d0304b4eab2bd02080101812b0502b3a00208010181030502b5ad0208010182160403eb8a9402080101822705028b8802080101824406018902060101750601a4020a010181191f05029dbc02080101822e0502a7a10208010181440403ec9e9102080101826f0502a08402080101810a0403ed84b002080101827f050295840208010182670601a902060101310304b8eba0a50208010181640502a6ac020601010b0403ec9d9802080101813a0301bc02060101470403ebb09d020601014702059e88eb8a94020801017f7d05028ba4020c010181528128030490eba19c0208010181100403ec9e9002080101810f0403ed9a8c0206010123030491ec9aa90208010182700304a5ec979002080101816d02059f81eb8c8002080101812d0502a0a50208010182230403ed95a00208010181770205a081ed88ac02080101810d030484eb9eb502080101810b0403ecb2b402080101821f030488ecb0a80206010156030495ebb6800208010182380403ec82ac02080101820a03049ceba5bc02080101826103049ded8ab80208010182500205a3bceba19c020601017d0403eca3bc020601017c0205a780eb829c02080101823b05028a94020801018259030484ed959802060101360502968902080101814e0205aabdec9db40208010181430205b0a8eba5bc02060101570304b8ec97ac0208010181120205b2b4eab8b0020a11010181280403ec839d02080101821b050284a402060101060502958402080101830605029d980208010182200601b40208010182430205b390eab8800208010181680205b694eab2a00208010182000403eca78402080a010135030498eab8b00208010182640205b99ceb8ba4020601011d0205bba4eca7800208010182580205bd94eba6ac020e010114174581240304a4eab3bc02060101720403ec9d8002060101210106ed8098ec96b40206010179020581b4eb9dbc02080101824a02058380ed8ab802080101811603049ceab38402080101821d03049ded959c020801018133020584b0ec84bc02080101830005029aa902080101830202058594eba088020801011f53020586b5ec8ba002080101811a020588acec9e9002080101810e02058ab8eba19c0208010182510403ec978502080101811702058bb0ebb88c02080101824702058c90eb8ba802080101826d0205919ceb8a9402080101815b05028f840208010182120502a19c02060101610403ed959c02080101823f02059484eba19c02080101824e0304bcec98a80210060101121745812402059584ec9a94020801018268030498eab3a0020601013a0502b8b002060101370403eb8298020601011905028a94020601015c05028ba402080101826a0403ec9db4020601017403049ceab2830208010182720403ec858802080101813405028aa40208010181140304a0ec88980208010181780304a9ebb391020e0801013224655f0403ec9d840208010181310502b3900208010181670502b99c020601011c0304b4eab081020601013f02059688eb8ba4020801018232030489eb909802080101814f0304a5ec9cbc02080101814802059884eba6ac020801018155030494eb8ba4020a010149814002059a8cec82ac020c01012429385f0409090f090b090a0b110d0b0a080a0b090a090a0a0b0b0c090d09090c0c0c0a0c0a0e0a0a0a0b0b0d080b0a0a0a0c0a0c0b0e0d0c0a0b0f0d0b0d0d0d090a0a0b0a0a0a0a0b0a0d0b0b0c0c0d0b0d0d120b0d090b0b0c090b0d090b0c0b0d0d0d0b0d0d0d0b0d0b0a0a0a0a090a0a0a080d080c0a08130e100a0c090c0c0b0d0b0b0c0d110c0d0c0c0d0c120d0a0909070c0b0d0d0d0d0a090a090f0d0d0b0b0c0c0d0c0a0b0a0a0c0c0a0d0c0b0b0c0a0a0a0b0b0c0b080d080b0c080b0b0c0c0c0b0d0c0b09080a0d080c0d0b0c0c0c0a0b100d0a0c090a090a0b0a0c0c0a0b0c0a0a0b0a080a0a0a0b0a0b0a080c090b080a0d0c0c0b0a0c0c0d0a0b0d0c0b0b0c0b0c0c0c0a0d0a0b0a0d0c0c0e0b090a0a090d0d0b0c0c0d100b0a0d0d0d0c0c0d0a0d0d0d0d0b0d0d0d0a090b0d100d0b090a090a0a0c0b0a0c0f0b0a090b0d0c0c0d0d');
INSERT INTO doc_bg_data VALUES(412316860417,X'00000cea03303132030801018134010135030a01012b8239010261690314080101100a2f491d3366010363656f030801013e7401016403060101150103667074030801018226010367707503080101823a010172030601011401077669657474656c03080101822a03066e627261696e030801018114040567726f75700308010181070103eab080030601013f0403eb90a00308010182180502b2a0030a010108817d0403ec9ab403060101430502b0b8030601013f030484eab8b003080101810203049cebb09c030c0b01011337630205b1b0eca09003080101820e0205b283ec9cbc03080101825a05029db403080101821a0205b384eab8b00308010182160403ec97900308010182230403ed99950308010182520304a0eba79003080101821d0502b09d03080101811a0403ec99b803080101816305029e88030c01018174551b0304b5eca780030601010e0304bced98910308010181440205b480ec9db4030601016e0403ed959c03060101550205b5aceab09c030a0a010112370304adec9794030601010305029db80308010181650205b7b8eba3b90308010181060205b8b0eab0800308010182170403eb8c8003080101825d0502b09803080101823b0403ec88a0030a0101820c2705029785030c0101810340740403ed9a8d03060101680205bb98ebb2a0030601017b0106eb829ced95b40308010181330304a8ec979003080701010b05029d840308010181380601b40308010182060502a095030c010128812b5f0502b59c030601017e0502b8a1030601015e020585b8ec9db4030a01012e823902028a940308010181310403eab3840308010182150403eba78c0308010182490502b0980308010181540403ec979403080101817b05029d9103060101620601b403060101770502a78003080101813102058ba4eab3a00308010181190304a8ebb3b403080101812502058c80eba5bc0308010181480502afbc0308010181000403ed9598030a010182451b02058db0ec9db403080101193602058f84ec95bd0308010182120502b2b4030801018156030499eba0a503080101815e020290a00308010182180403eab2830308010182190205939cec82ac0308010182400304a4eab3bc0308010181430403ec9db40308010182350301b103080101822b0403ebb2a003080101822b02059494ec95840314040101061f1c3a810b3d02059dbceab3a003080101821c0403ec9ab003080101823e02059e98ec84b103080101815b0205a088ec9db8030a010181130e0304a5ec9cbc03080101815f0403ed99950308010181460205a19ceab8b003080101825c0403eb8f840308010182110403ec82bc0308010181610202a5bc030a01018128330403eab09c0308010181280403ebafb80308010181590403ec84b8030601011e050295bd0308010181490205a6aceb8a9403080101817a0403ec998003060101360304b0ed989103080101826a0304bdec979003060101530205a78ced81bc03080101824a030490ed968803080101821e0304baec9788030601015a0205aa85ed968803060101710205acb8ed95b403080101813d0205afb8eab5ad03060101020403eb9e9803080101815a0304bceab0840308010181010403ecb090030a01013381460202b09403080101814c0403ec9e8803080101814d030498eb8f8403080101815503049cec84bc03080c0101490403ed95b403080101812a03049ded989403080101811b0304a9ebacb803080101813c0205b288ed989103080101824c0304a0ed8ab80316050101091f38223c1b372a0205b3b4eab8b00308010182300403eca1b00308010181260403ed83a40308010182580205b680eb8a94030a01012a812b0403ec998003021205029ea5030601016c0205b88ceba088030a010181120e0205b984eb94940314030101051f1c3a810b3d0403ec97a3030801018228030488eab7b80308010181050403ebb88c030a010181110e0106ec82aceb8ba403080101812e0403ec97850308010182410304bceab3a003080101816202058381eca78403080101812303049ded839c0308010182500205849ceb8a94030a01016181460502aa8503060101700403ec97b40308010182680403ed8c9c030601013103049ded959c03060101410304a4eba6bd03060101520304b1ec979003080101816f05029ea503080101815c0304b8ec9ab4030a0f01011f6c0304bced84b0030e0d0101160830080205868ded959c03080101814b02058898ed959c0308010181170304a0eab1b003080101820d0502b8b003080101823202058aa4ed838003080101810d0304a8ed99a9030601013902058b9cec958403080101820902058f9feab3a003080101817302059584eab08003060101070403eb8a9403060101760403ec8b9c03080101820805029980030601012405029d98030a0101817f0d0304bdec868d03080101814a05028b9d03080101826c05029d8403060101580601b403080101824e0403ed959803080101821302059691ec84b103080101816e02059785eab3840308010182220403eb93a4030a01018142740502b988030a010181040e0403ec9d84030801018242030488eb8ba4030601015b030490eab48003060101540403ec849c030e0101303281464505029db8030601010c0403ed9e98030a0101817067030494ebb9840314020101041f1c3a810b3d0304a3ed85940308010182290304b0eab5ac030a09010111370304b4eba6b003080101826902059881ec838103080101812203048cecb08c03060101650301a803080101812b0403ed9a8c03080101812c020299800308010182270403eb8db0030601014c0502b2a003060101250502b9840308010182270403ec9db803080101816b0502a0a003060101370403ed95a80306010179050298910302130304b8eab5ad03080101816402059ab0eb939c03080101823f0403ec988c03060101640304b4eb8ba403081001012005028db003060101440403ec9d9803080101810a02029b940308010181350403ebb2a003080101813502059ca0ecb9980308010181690304bceba19c030c01018160324d02059d80ec98810308010181210301840308010181150403eba7ba03060101590502b3b40308010182570403ec8f9f03080101817205029db80308010181150502b2980308010181390403ed999503080101824303048cebb0a903080101813b030491ec9ab00306010163030498eab8b003080101820b0403eba38c03080101810b0403ed88ac0308010182000301b40308010181080403eb9dbc03080101821b0502b28803080101824b0403ec839d03080101824f0502849c030601016f0601b80308010181080502958403080101820705029790030a01012f82390601940308010182360502998003060101780403ed84b0030801011a360304b8eab3b5030601010d0403ec889803080101811605029d8003080101812005029eac03080101816c0403ed88ac0308010181660301bc030a01012c82390403ed9598030a01012c823902059e88eb8a9403080101824805028ba4030c0101814e296e030490eab0800308010182020403ebb680030601016b0403ec9ca00308010181680304a5eab480030601016d0403eb8f9903080101815d0403ec97900308010182540304acec969103080101816d0205a090ec9cbc03080101820f030495ebb3b403080101822f0502b680030c11010129812b0304a0ec8aa803060101380202a49103060101660403eab8b003060101670205a780eab8b00308010181400403eb829c03080101813205028aa5030601010f0403ec9785030801018221030484eb8ba80308010181240202b08c03060101650403eca4910306010166030490ecb49d030a01013481460304b8ec849d03060101400205b298ec9d8c03080101813a0304b4ec99800308010181570205b49deba6ac030a01013581460205b59ceb8c80030601017f0205b8a1ec9790030601015f0205b998ec998003080101816a0106ed81b4eb9dbc03080101823d02058380ed8ab803080101810e03049ceab3840308010182510304a4eab283030801018259020584b0eba5bc030601011d0403ec84a403060101510601b803020e0601bc030801011b3605029980030801011736020588acec9e90030a01016a7f1c02058ab8eb82a803160601010a1f38223c1b372a0403ec978503080101810f02058c9cebafbc030a010132814602059598eab3a0030a010182461b0403eb85b8030a01012d823905028a9403080101821403049ceab08003060101420403eb8ba40308010181180502b09403080101814c0403ed989103060101560304a8eabb98030601017a0304b4ec98a803080101812b0403ed988403080101813e02059688eb8ba4030a010172812f02059884eca780030a0101813f63030491eba0a50308010181450403ec95bd030e14010157817820030494eb8ba403080101811c02059995eb8c80030a010181477f0403ec9ea50308010182530301a90308010139780403ec9794030601013a02059a8cec82ac03080101812d03048ded88ac030601016902059e98ec9d84030a0101817167040a0a100b080b0b080f0e0d0a0b0b0a090c0e0d0d0a0d0b0b0c0a0b0c0b0c0c0a0e0b0a0d0d0b0a0c0c0a0c0e0c0a090c09090e0a0b0b0a0b09080a0d0c0d0a0c0d0d0a0c0a0b0d0c0b090b130d0b0d0e0c0b0d0b0b0b0b0b0a0a0d0a0c0b0d0c0b0c0d0c0b0c0c0a0b0c0c0b0c0c0d130d0b0b0e08090e130b0c0c0e0b0c0d0c0e090b0a0b0b0c0a0d0f0d0d0c0a0d0b0d0d0c0a0b090b0c0a09090b0d0d0c0b0b0b0b0e090c120c0d0c0d0b090b0a0a090a0b090a070c0d0a0c090b0a0b0d0e0d090a0a0b0a0a0b0c0b0c0b0b090b0a0b09090a0b09090b0b0b0a0a0b0a0c0d0c0c0a0b0b0b0b0c0d0c0c0b090a0d0b090b0c090a0d0b0d0c0e0c0c0d0e0d0c0c0c0a06090a0e140b0e0e0c0a0b0b0a0a0b0c0b0e0e0c0e0c0e0b090a0d0b');
CREATE TABLE IF NOT EXISTS 'doc_bg_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO doc_bg_idx VALUES(1,X'',2);
INSERT INTO doc_bg_idx VALUES(2,X'',2);
INSERT INTO doc_bg_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'doc_bg_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO doc_bg_docsize VALUES(1,X'14831f');
INSERT INTO doc_bg_docsize VALUES(2,X'148306');
INSERT INTO doc_bg_docsize VALUES(3,X'13826b');
CREATE TABLE IF NOT EXISTS 'doc_bg_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO doc_bg_config VALUES('version',4);
CREATE TABLE IF NOT EXISTS 'annotation_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO annotation_fts_data VALUES(1,X'020e0801');
INSERT INTO annotation_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO annotation_fts_data VALUES(137438953473,X'000000b80230340108050101030101390108030101020106eab79cebaaa801060101070106ebaaa8ed999501060101080106ec96b5ec9b9001020702059888ec82b0010601020202059b90ec9d8401020802059d84ed88ac01020902059e90eab79c01060101060403ed959801020b0202a1b00108040101040403ed88ac01060101040205b29cec96b50102060202b49d0102020106ed88acec9e9001080a01010502059598eab3a001020c02059995ec9db801060101090409090d0d0b0c0a0a0c080a0a0a070e0a');
INSERT INTO annotation_fts_data VALUES(274877906945,X'000000210730eba6acebb2a80202020403ec98a80202040205b2a8eba6ac020203040b08');
CREATE TABLE IF NOT EXISTS 'annotation_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO annotation_fts_idx VALUES(1,X'',2);
INSERT INTO annotation_fts_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'annotation_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO annotation_fts_docsize VALUES(1,X'0b0801');
INSERT INTO annotation_fts_docsize VALUES(2,X'030000');
CREATE TABLE IF NOT EXISTS 'annotation_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO annotation_fts_config VALUES('version',4);
CREATE TABLE IF NOT EXISTS "block" (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('body', 'title', 'noise', 'caption')),
    reason     TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
INSERT INTO block VALUES(1,0,'noise','nav',0,34,'뉴스 | 경제 | 산업 | 정책 | 증권 | 부동산 | 글로벌');
INSERT INTO block VALUES(1,1,'title','',36,72,'尹 "AI 반도체 주도권 잡는다"…''AI-반도체 이니셔티브'' 발표');
INSERT INTO block VALUES(1,2,'noise','dateline',74,100,'기사입력 2024-04-09 오후 5:12:04');
INSERT INTO block VALUES(1,3,'noise','byline',102,122,'(서울=중앙경제신문) 이하나 기자 =');
INSERT INTO block VALUES(1,4,'body','',124,215,'');
INSERT INTO block VALUES(1,5,'body','',217,380,'');
INSERT INTO block VALUES(1,6,'caption','',382,412,'');
INSERT INTO block VALUES(1,7,'noise','credit',414,426,'[사진=대통령실 제공]');
INSERT INTO block VALUES(1,8,'body','',428,532,'');
INSERT INTO block VALUES(1,9,'body','',534,670,'');
INSERT INTO block VALUES(1,10,'body','',672,781,'');
INSERT INTO block VALUES(1,11,'noise','byline',783,814,'이하나 기자 hana.lee@jkeconomy.co.kr');
INSERT INTO block VALUES(1,12,'noise','copyright',816,847,'<저작권자 ⓒ 중앙경제신문, 무단 전재 및 재배포 금지>');
INSERT INTO block VALUES(1,13,'noise','tail',849,890,'[이 기사에 대한 독자 반응]  추천해요 12  좋아요 4  감동이에요 0');
INSERT INTO block VALUES(1,14,'noise','related',892,967,replace('▶ 베스트 기사\n- 봄철 미세먼지 주의보…외출 자제\n- 총선 D-1, 막판 유세 총력전\n▶ 중앙경제신문 구독하기 ☞ 카카오톡 채널 추가','\n',char(10)));
INSERT INTO block VALUES(2,0,'noise','nav',0,47,'전체메뉴  |  산업  |  IT  |  바이오  |  금융  |  마켓  |  피플');
INSERT INTO block VALUES(2,1,'title','',49,83,'리벨리온·사피온 합병 추진…''국가대표 AI반도체'' 기업 만든다');
INSERT INTO block VALUES(2,2,'noise','dateline',85,104,'승인 2024.06.12 10:37');
INSERT INTO block VALUES(2,3,'noise','byline',106,119,'[아주IT=최민호 기자]');
INSERT INTO block VALUES(2,4,'body','',121,185,'');
INSERT INTO block VALUES(2,5,'body','',187,296,'');
INSERT INTO block VALUES(2,6,'body','',298,418,'');
INSERT INTO block VALUES(2,7,'caption','',420,443,'');
INSERT INTO block VALUES(2,8,'noise','credit',445,455,'ⓒ리벨리온 (사진)');
INSERT INTO block VALUES(2,9,'body','',457,631,'');
INSERT INTO block VALUES(2,10,'body','',633,739,'');
INSERT INTO block VALUES(2,11,'noise','byline',741,769,'최민호 기자 / mhchoi@ajouit.co.kr');
INSERT INTO block VALUES(2,12,'noise','copyright',771,802,'ⓒ 아주IT, 무단전재-재배포, AI 학습 및 활용 금지');
INSERT INTO block VALUES(2,13,'noise','tail',804,844,replace('기사 공유  페이스북  X  네이버밴드  카카오톡\n+1 0   댓글 쓰기','\n',char(10)));
INSERT INTO block VALUES(2,14,'noise','related',846,892,replace('인기기사\n1. 주말 전국 장맛비…남부 최대 120mm\n2. 코스피 2,700선 회복','\n',char(10)));
INSERT INTO block VALUES(3,0,'noise','nav',0,23,replace('전체기사\n반도체\nAI\n정책\n글로벌\n오피니언','\n',char(10)));
INSERT INTO block VALUES(3,1,'noise','links',25,33,'로그인 회원가입');
INSERT INTO block VALUES(3,2,'noise','nav',35,50,'홈베트남인도네시아태국비즈니스');
INSERT INTO block VALUES(3,3,'title','',52,83,'엔비디아, 베트남에 AI 연구개발센터 세운다…정부와 협약');
INSERT INTO block VALUES(3,4,'noise','dateline',85,103,'2024년 12월 6일 08:20');
INSERT INTO block VALUES(3,5,'noise','byline',105,120,'하노이=응우옌 티 란 통신원');
INSERT INTO block VALUES(3,6,'body','',122,173,'');
INSERT INTO block VALUES(3,7,'body','',175,294,'');
INSERT INTO block VALUES(3,8,'caption','',296,312,'');
INSERT INTO block VALUES(3,9,'noise','credit',314,326,'사진=베트남 정부 포털');
INSERT INTO block VALUES(3,10,'body','',328,438,'');
INSERT INTO block VALUES(3,11,'body','',440,607,'');
INSERT INTO block VALUES(3,12,'body','',609,721,'');
INSERT INTO block VALUES(3,13,'noise','related',723,765,replace('함께 읽으면 좋은 기사\n호찌민 지하철 1호선 개통\n베트남 쌀 수출 역대 최대','\n',char(10)));
INSERT INTO block VALUES(3,14,'noise','comments',767,780,'댓글을 남겨주세요 (0)');
INSERT INTO block VALUES(3,15,'noise','related',782,784,'광고');
INSERT INTO block VALUES(3,16,'noise','footer',786,892,replace('아세안투데이 | 등록번호 서울 아00000 | 발행·편집인 홍길동 | 청소년보호책임자 홍길동\nCopyright © 아세안투데이. All rights reserved. 무단전재 및 재배포 금지','\n',char(10)));
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','doc_wd','doc_wd',0,'CREATE VIRTUAL TABLE doc_wd USING fts5(title, body, content=''article'', content_rowid=''id'',
    tokenize=''sillok_ko mode word'')');
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','doc_bg','doc_bg',0,'CREATE VIRTUAL TABLE doc_bg USING fts5(title, body, content=''article'', content_rowid=''id'',
    tokenize=''sillok_ko mode bigram'')');
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','annotation_fts','annotation_fts',0,'CREATE VIRTUAL TABLE annotation_fts USING fts5(exact, note, tags, content=''annotation'',
    content_rowid=''id'', tokenize=''sillok_ko mode bigram'')');
CREATE INDEX article_content_hash ON article(content_hash);
CREATE INDEX article_published ON article(published);
CREATE INDEX entity_type ON entity(type);
CREATE INDEX entity_norm_key ON entity(norm_key);
CREATE INDEX entity_merged_into ON entity(merged_into);
CREATE INDEX alias_norm ON alias(norm);
CREATE INDEX mention_article ON mention(article_id, start);
CREATE INDEX mention_entity ON mention(entity_id);
CREATE INDEX mention_origin ON mention(origin_entity_id);
CREATE INDEX fact_subject ON fact(subject_id, predicate);
CREATE INDEX fact_object ON fact(object_id);
CREATE INDEX fact_evidence_mention ON fact_evidence(mention_id);
CREATE INDEX decision_entity ON decision(entity_uid);
CREATE INDEX decision_other ON decision(other_uid);
CREATE INDEX annotation_article_uid ON annotation(article_uid);
CREATE INDEX annotation_article_id ON annotation(article_id);
CREATE INDEX entity_type_date ON entity(type, date);
CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_au AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER annotation_fts_ai AFTER INSERT ON annotation BEGIN
    INSERT INTO annotation_fts(rowid, exact, note, tags) VALUES (new.id, new.exact, new.note, new.tags);
END;
CREATE TRIGGER annotation_fts_ad AFTER DELETE ON annotation BEGIN
    INSERT INTO annotation_fts(annotation_fts, rowid, exact, note, tags)
        VALUES ('delete', old.id, old.exact, old.note, old.tags);
END;
CREATE TRIGGER annotation_fts_au AFTER UPDATE OF exact, note, tags ON annotation BEGIN
    INSERT INTO annotation_fts(annotation_fts, rowid, exact, note, tags)
        VALUES ('delete', old.id, old.exact, old.note, old.tags);
    INSERT INTO annotation_fts(rowid, exact, note, tags) VALUES (new.id, new.exact, new.note, new.tags);
END;
PRAGMA writable_schema=OFF;
COMMIT;
