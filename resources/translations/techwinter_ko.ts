<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BriefingText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>TechWinter briefing</source>
        <translation>TechWinter 브리핑</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>필터: %1</translation>
    </message>
    <message>
        <source>Companies in the league table: %1</source>
        <translation>순위표의 기업: %1곳</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>작성일: %1</translation>
    </message>
    <message>
        <source>League table: who cut how many, who put how much into AI</source>
        <translation>순위표: 누가 몇 명을 감원하고 AI에 얼마를 넣었나</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Jobs cut</source>
        <translation>감원 인원</translation>
    </message>
    <message>
        <source>Layoffs</source>
        <translation>감원 건수</translation>
    </message>
    <message>
        <source>AI investment</source>
        <translation>AI 투자</translation>
    </message>
    <message>
        <source>AI per job cut</source>
        <translation>감원 1명당 AI 투자</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>인수 건수</translation>
    </message>
    <message>
        <source>Acquired for</source>
        <translation>인수 금액</translation>
    </message>
    <message>
        <source>First</source>
        <translation>첫 사건</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>마지막 사건</translation>
    </message>
    <message>
        <source>No company has events in this selection.</source>
        <translation>이 선택에는 사건이 있는 기업이 없습니다.</translation>
    </message>
    <message>
        <source>Largest events of %1</source>
        <translation>%1의 주요 사건</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>no source URL</source>
        <translation>출처 URL 없음</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message>
        <source>Layoffs vs AI investment — %1</source>
        <translation>감원 대 AI 투자 — %1</translation>
    </message>
    <message>
        <source>%1 jobs cut · %2 invested in AI · %3 events</source>
        <translation>감원 %1명 · AI 투자 %2 · 사건 %3건</translation>
    </message>
    <message>
        <source>This database holds no events yet. Import a file to begin.</source>
        <translation>이 데이터베이스에는 아직 사건이 없습니다. 파일을 가져와 시작하세요.</translation>
    </message>
    <message>
        <source>No events match the filter. Choose companies, kinds or dates on the left.</source>
        <translation>필터에 맞는 사건이 없습니다. 왼쪽에서 기업, 유형, 날짜를 고르세요.</translation>
    </message>
    <message>
        <source>Jobs cut: %1 (%2 layoffs)</source>
        <translation>감원: %1명 (감원 %2건)</translation>
    </message>
    <message>
        <source>AI investment: %1 (%2 deals)</source>
        <translation>AI 투자: %1 (%2건)</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>사건 %1건</translation>
    </message>
    <message>
        <source>%1 events from public reports, each with its source URL</source>
        <translation>공개 보도 기반 사건 %1건, 모두 출처 URL 포함</translation>
    </message>
    <message>
        <source>%1 events without source URLs</source>
        <translation>출처 URL 없는 사건 %1건</translation>
    </message>
    <message>
        <source>%1 events with a source URL; %2 without a source</source>
        <translation>출처 URL 있는 사건 %1건, 출처 없는 사건 %2건</translation>
    </message>
    <message>
        <source>Data: %1 — %2 · Chart: TechWinter %3</source>
        <translation>데이터: %1 — %2 · 차트: TechWinter %3</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>“%1” 검색 결과</translation>
    </message>
    <message>
        <source>%1 jobs cut · no AI money in this selection · %2 events</source>
        <translation>감원 %1명 · 이 선택에는 AI 투자 없음 · 사건 %2건</translation>
    </message>
    <message>
        <source>not drawn: %1</source>
        <translation>그리지 않음: %1</translation>
    </message>
    <message>
        <source>The chart draws layoffs, AI investment and launches; none of the %1 events that match is one: %2.</source>
        <translation>차트는 감원, AI 투자, 출시만 그립니다. 조건에 맞는 사건 %1건은 모두 그 밖의 종류입니다: %2.</translation>
    </message>
    <message>
        <source>no layoffs in this selection · %1 invested in AI · %2 events</source>
        <translation>이 선택에는 감원 없음 · AI 투자 %1 · 사건 %2건</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>a series needs an entity, a period and at least one value column</source>
        <translation>시계열에는 대상, 기간, 그리고 값 열이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>no column is mapped to the date</source>
        <translation>날짜에 연결된 열이 없습니다</translation>
    </message>
    <message>
        <source>no column is mapped to the company</source>
        <translation>기업에 연결된 열이 없습니다</translation>
    </message>
    <message>
        <source>the attribute from column &apos;%1&apos; has no name</source>
        <translation>‘%1’ 열에서 가져온 속성에 이름이 없습니다</translation>
    </message>
    <message>
        <source>column %1 is the company&apos;s funds raised, not the amount of an event; keep it as an attribute</source>
        <translation>%1 열은 기업의 누적 투자 유치액이지 사건의 금액이 아닙니다. 속성으로 남겨 두세요</translation>
    </message>
    <message>
        <source>the amount multiplier must be positive</source>
        <translation>금액 배수는 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>the header has no column(s) %1</source>
        <translation>머리글에 다음 열이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>TechWinter: big tech&apos;s layoffs and its AI investments on one timeline.</source>
        <translation>TechWinter: 빅테크의 감원과 AI 투자를 하나의 타임라인에.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; (created and filled with the bundled dataset when missing).</source>
        <translation>&lt;path&gt;의 데이터베이스를 씁니다(없으면 만들고 기본 데이터셋을 채웁니다).</translation>
    </message>
    <message>
        <source>When --db names a database that does not exist yet, create it without the bundled dataset.</source>
        <translation>--db로 지정한 데이터베이스가 아직 없으면 기본 데이터셋 없이 만듭니다.</translation>
    </message>
    <message>
        <source>Bring a database made from an older bundled dataset up to this version&apos;s: new events added, corrections applied to events you did not edit, your own data kept; one batch that File &gt; Undo an Import can take back.</source>
        <translation>예전 기본 데이터셋으로 만든 데이터베이스를 이번 판으로 갱신합니다. 새 사건을 더하고, 직접 고치지 않은 사건에는 정정을 반영하며, 사용자가 넣은 데이터는 그대로 둡니다. 갱신은 한 묶음이라 파일 &gt; 가져오기 되돌리기로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Import &lt;file&gt; (TechWinter CSV or JSON, layoffs.fyi, Crunchbase rounds, OWID AI investment; repeatable) and print a summary.</source>
        <translation>&lt;file&gt;을 가져오고(TechWinter CSV·JSON, layoffs.fyi, Crunchbase 투자 라운드, OWID AI 투자; 여러 번 지정 가능) 요약을 출력합니다.</translation>
    </message>
    <message>
        <source>Write the filtered events as CSV to &lt;file&gt; and exit.</source>
        <translation>필터를 거친 사건을 &lt;file&gt;에 CSV로 쓰고 끝냅니다.</translation>
    </message>
    <message>
        <source>Write the filtered events as JSON to &lt;file&gt; and exit.</source>
        <translation>필터를 거친 사건을 &lt;file&gt;에 JSON으로 쓰고 끝냅니다.</translation>
    </message>
    <message>
        <source>Render the chart for the filter to &lt;file&gt; (PNG; SVG when the name ends in .svg) and exit. No display needed.</source>
        <translation>필터에 맞는 차트를 &lt;file&gt;에 그리고(PNG, 이름이 .svg로 끝나면 SVG) 끝냅니다. 화면이 없어도 됩니다.</translation>
    </message>
    <message>
        <source>Only events of &lt;name&gt; (a name or alias; repeatable).</source>
        <translation>&lt;name&gt; 기업의 사건만(이름 또는 별칭, 여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Only events of &lt;kind&gt;: layoff, ai_investment, investment, acquisition, restructuring, launch, ai_infrastructure (repeatable).</source>
        <translation>&lt;kind&gt; 유형의 사건만: layoff, ai_investment, investment, acquisition, restructuring, launch, ai_infrastructure(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Only events on or after &lt;date&gt; (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>&lt;date&gt; 이후의 사건만(YYYY, YYYY-MM 또는 YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only events on or before &lt;date&gt; (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>&lt;date&gt; 이전의 사건만(YYYY, YYYY-MM 또는 YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Chart image size in pixels (default 1600x900).</source>
        <translation>차트 이미지 크기(픽셀, 기본 1600x900).</translation>
    </message>
    <message>
        <source>Chart scale, 1 or 2: 2 gives the same layout twice the pixels each way (1600x900 becomes 3200x1800).</source>
        <translation>차트 배율 1 또는 2: 2는 같은 배치를 가로세로 두 배 픽셀로 그립니다(1600x900이 3200x1800).</translation>
    </message>
    <message>
        <source>Chart bucket: month, quarter or year (default month).</source>
        <translation>차트 구간: month, quarter 또는 year(기본 month).</translation>
    </message>
    <message>
        <source>Plot running totals.</source>
        <translation>누적 합계로 그립니다.</translation>
    </message>
    <message>
        <source>Use a logarithmic axis for money.</source>
        <translation>금액 축을 로그 눈금으로 씁니다.</translation>
    </message>
    <message>
        <source>Export the chart with a transparent background.</source>
        <translation>배경을 투명하게 해서 차트를 내보냅니다.</translation>
    </message>
    <message>
        <source>Chart text colours: light (dark text, the default) or dark (light text on a dark background, or on a dark slide with --transparent).</source>
        <translation>차트 글자색: light(어두운 글자, 기본) 또는 dark(어두운 배경 위 밝은 글자, --transparent와 함께 쓰면 어두운 슬라이드용).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1: 날짜가 아닙니다: &apos;%2&apos; (YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 쓰세요)</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind (use layoff, ai_investment, investment, acquisition, restructuring, launch or ai_infrastructure)</source>
        <translation>--kind: 알 수 없는 사건 유형입니다: &apos;%1&apos; (layoff, ai_investment, investment, acquisition, restructuring, launch, ai_infrastructure 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to 날짜(%1)가 --from 날짜(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>--company: no company or alias named &apos;%1&apos; in this database</source>
        <translation>--company: 이 데이터베이스에 없는 기업 이름이나 별칭입니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Language of the window, the charts and these messages: ko (Korean) or en (English). Default: the system&apos;s.</source>
        <translation>창, 차트, 이 메시지들의 언어: ko(한국어) 또는 en(영어). 기본값은 시스템 언어입니다.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>알 수 없는 인수 &apos;%1&apos;(--help 참고)</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT (e.g. 1600x900)</source>
        <translation>--size: 가로x세로 형식이 아닙니다: &apos;%1&apos; (예: 1600x900)</translation>
    </message>
    <message>
        <source>--size: %1 is outside 200x150 .. 10000x10000</source>
        <translation>--size: 200x150 ~ 10000x10000 범위를 벗어납니다: %1</translation>
    </message>
    <message>
        <source>--scale: &apos;%1&apos; is not 1 or 2</source>
        <translation>--scale: 배율은 1 또는 2여야 합니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--bucket: &apos;%1&apos; is not month, quarter or year</source>
        <translation>--bucket: 구간은 month, quarter, year 중 하나여야 합니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not light or dark</source>
        <translation>--theme: 테마는 light 또는 dark여야 합니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not ko or en</source>
        <translation>--lang: 언어는 ko 또는 en이어야 합니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 옵션에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--empty needs --db PATH (a database that does not exist yet)</source>
        <translation>--empty는 --db 경로(아직 없는 데이터베이스)와 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--empty: %1 exists already; it is used as it is</source>
        <translation>--empty: 이미 있는 데이터베이스라 그대로 씁니다: %1</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>확인 필요: %1</translation>
    </message>
    <message>
        <source>Export the saved view &lt;name&gt; (its companies, kinds, dates, search and chart modes) instead of filter options.</source>
        <translation>필터 옵션 대신 저장한 보기 &lt;name&gt;(기업, 유형, 날짜, 검색어, 차트 모드)을 내보냅니다.</translation>
    </message>
    <message>
        <source>Save the filter and chart options given as the view &lt;name&gt; (replacing one of that name) and exit.</source>
        <translation>지정한 필터와 차트 옵션을 보기 &lt;name&gt;으로 저장하고(같은 이름의 보기는 바꿔 씀) 끝냅니다.</translation>
    </message>
    <message>
        <source>With --save-view: keep the dates relative: last-N-months (e.g. last-12-months), this-year, or since (from --from to the day the view is opened).</source>
        <translation>--save-view와 함께: 날짜를 상대적으로 저장합니다. last-N-months(예: last-12-months), this-year, since(--from 날짜부터 보기를 여는 날까지) 중 하나.</translation>
    </message>
    <message>
        <source>List the saved views and exit.</source>
        <translation>저장한 보기 목록을 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>--%1 needs a view name</source>
        <translation>--%1 옵션에는 보기 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--view replaces the filter options; leave out --%1</source>
        <translation>--view가 필터 옵션을 대신하므로 --%1 옵션은 빼세요</translation>
    </message>
    <message>
        <source>--range goes with --save-view</source>
        <translation>--range는 --save-view와 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--range: &apos;%1&apos; is not last-N-months, this-year or since (with --from)</source>
        <translation>--range: last-N-months, this-year, since(--from과 함께) 중 하나가 아닙니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (1 event)</source>
        <translation>%1 파일을 썼습니다(사건 1건)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 events)</source>
        <translation>%1 파일을 썼습니다(사건 %2건)</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>설정 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>saved the view &apos;%1&apos;</source>
        <translation>보기를 저장했습니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--view: no saved view named &apos;%1&apos; (see --list-views)</source>
        <translation>--view: 저장한 보기 중에 이 이름이 없습니다: &apos;%1&apos; (--list-views 참고)</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… 그 밖의 문제 %1건</translation>
    </message>
    <message>
        <source>wrote 1 event to %1</source>
        <translation>사건 1건을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>사건 %1건을 %2에 썼습니다</translation>
    </message>
    <message>
        <source>import of %1 cancelled; the database is as it was</source>
        <translation>%1 가져오기를 취소했습니다. 데이터베이스는 그대로입니다</translation>
    </message>
    <message>
        <source>%1: reading rows %2% (Ctrl+C cancels)</source>
        <translation>%1: 행 읽는 중 %2% (Ctrl+C로 취소)</translation>
    </message>
    <message>
        <source>%1: storing %2% (Ctrl+C cancels)</source>
        <translation>%1: 저장하는 중 %2% (Ctrl+C로 취소)</translation>
    </message>
    <message>
        <source>Compare companies: each company&apos;s layoffs and AI money in its own colour.</source>
        <translation>회사별 비교: 회사마다 감원과 AI 투자를 각자의 색으로 그립니다.</translation>
    </message>
    <message>
        <source>Compare mode&apos;s layoff bars: grouped (the default) or stacked.</source>
        <translation>비교 모드의 감원 막대: grouped(나란히, 기본값) 또는 stacked(쌓아서).</translation>
    </message>
    <message>
        <source>--compare-bars: &apos;%1&apos; is not grouped or stacked</source>
        <translation>--compare-bars: 막대 배치는 grouped 또는 stacked여야 합니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Show money in USD or KRW, at each event month&apos;s average rate; with KRW the exports gain amount_krw and the rate.</source>
        <translation>금액을 USD 또는 KRW로 표시합니다. 환율은 사건이 있던 달의 평균 환율이며, KRW를 고르면 내보내기에 amount_krw와 환율 열이 더해집니다.</translation>
    </message>
    <message>
        <source>Show money in US dollars of YEAR&apos;s average prices (US CPI-U); the exports gain amount_usd_real.</source>
        <translation>금액을 YEAR년 평균 물가 기준 미국 달러(미국 CPI-U)로 표시합니다. 내보내기에 amount_usd_real 열이 더해집니다.</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not USD or KRW</source>
        <translation>--currency: 통화는 USD나 KRW만 고를 수 있습니다(입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--real-dollars: &apos;%1&apos; is not a year with US consumer prices</source>
        <translation>--real-dollars: %1년의 미국 소비자물가 자료가 없습니다</translation>
    </message>
    <message>
        <source>Write the league table of the filtered events (per company: jobs cut, layoffs, AI investment, AI $ per job cut, acquisitions, first and last event) as CSV to &lt;file&gt; and exit.</source>
        <translation>필터에 맞는 이벤트의 기업별 순위표(감원 인원, 감원 건수, AI 투자, 감원 1명당 AI 투자액, 인수 건수와 금액, 첫 이벤트와 마지막 이벤트)를 &lt;file&gt;에 CSV로 저장하고 종료합니다.</translation>
    </message>
    <message numerus="yes">
        <source>wrote the league table of %n companies to %1</source>
        <translation>
            <numerusform>기업 %n곳의 순위표를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a briefing of the filter as a PDF to &lt;file&gt; and exit: a cover with the filter and totals, the chart, the league table, and a page per company when several are chosen.</source>
        <translation>필터의 브리핑을 PDF로 &lt;file&gt;에 쓰고 끝냅니다: 필터와 합계를 담은 표지, 차트, 순위표, 그리고 여러 기업을 고르면 기업마다 한 쪽.</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>%1 파일을 썼습니다(%2쪽)</translation>
    </message>
</context>
<context>
    <name>CompanyWriter</name>
    <message>
        <source>a company without a name cannot be added</source>
        <translation>이름 없는 기업은 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot look up company %1</source>
        <translation>기업을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot add company %1</source>
        <translation>기업을 추가할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot name company %1</source>
        <translation>기업 이름을 정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot add alias %1</source>
        <translation>별칭을 추가할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (file ends inside quotes)</source>
        <translation>여기서 시작한 따옴표 필드가 닫히지 않습니다(따옴표 안에서 파일이 끝남)</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database was named</source>
        <translation>데이터베이스를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>this build of TechWinter opens SQLite database files only, not %1:// servers</source>
        <translation>이 TechWinter 빌드는 SQLite 데이터베이스 파일만 엽니다. %1:// 서버는 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DatasetUpdate</name>
    <message>
        <source>this database was not made from the bundled dataset: nothing to update</source>
        <translation>이 데이터베이스는 기본 데이터셋으로 만든 것이 아니어서 갱신할 것이 없습니다</translation>
    </message>
    <message>
        <source>the bundled dataset is up to date (version %1)</source>
        <translation>기본 데이터셋이 최신입니다(버전 %1)</translation>
    </message>
    <message>
        <source>bundled dataset updated from version %1 to %2: %3 events added, %4 corrected, %5 unchanged, %6 kept as you edited them</source>
        <translation>기본 데이터셋을 갱신했습니다(버전 %1 → %2): 사건 %3건 추가, %4건 정정, %5건 변경 없음, 직접 고친 %6건은 그대로 둠</translation>
    </message>
</context>
<context>
    <name>EventCsv</name>
    <message>
        <source>the file is empty (no header line)</source>
        <translation>파일이 비어 있습니다(머리글 줄 없음)</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1</source>
        <translation>머리글에 필수 열이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>EventDatabase</name>
    <message>
        <source>cannot finish creating the database</source>
        <translation>데이터베이스 만들기를 마칠 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the database</source>
        <translation>데이터베이스를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>EventField</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>감원 인원</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>금액(USD)</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>상대방</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>출처 링크</translation>
    </message>
    <message>
        <source>Share of workforce</source>
        <translation>전체 인력 대비 비율</translation>
    </message>
    <message>
        <source>Amount (original currency)</source>
        <translation>금액(원래 통화)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation>USD 환율</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Jobs cut</source>
        <translation>감원 인원</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>제목(한국어)</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>다른 출처</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Layoff</source>
        <translation>감원</translation>
    </message>
    <message>
        <source>AI investment</source>
        <translation>AI 투자</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>Restructuring</source>
        <translation>구조조정</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>AI infrastructure</source>
        <translation>AI 인프라</translation>
    </message>
</context>
<context>
    <name>EventRowMapper</name>
    <message>
        <source>&apos;%1&apos; is a spreadsheet error left in the cell, not a value</source>
        <translation>‘%1’: 값이 아니라 셀에 남은 스프레드시트 오류입니다</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>날짜가 없습니다</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>값이 없습니다: %1</translation>
    </message>
    <message>
        <source>the kind is missing</source>
        <translation>유형이 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (expected layoff, ai_investment, investment, acquisition, restructuring, launch or ai_infrastructure)</source>
        <translation>‘%1’: 알 수 없는 유형입니다(layoff, ai_investment, investment, acquisition, restructuring, launch, ai_infrastructure 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fraction between 0 and 1</source>
        <translation>‘%1’: 0과 1 사이의 비율이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage between 0 and 100</source>
        <translation>‘%1’: 0과 100 사이의 백분율이 아닙니다</translation>
    </message>
</context>
<context>
    <name>EventStorage</name>
    <message>
        <source>no database was named</source>
        <translation>데이터베이스를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>unknown kind of database</source>
        <translation>알 수 없는 종류의 데이터베이스입니다</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>KRW</source>
        <translation>원</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>달러</translation>
    </message>
    <message>
        <source>Amount (%1, %2 prices)</source>
        <translation>금액 (%1, %2년 물가 기준)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>금액 (%1)</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Federal Reserve H.10 monthly averages (FRED)</source>
        <translation>미국 연방준비제도 H.10 월평균 환율(FRED)</translation>
    </message>
</context>
<context>
    <name>FieldParsers</name>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD, M/D/YYYY, YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>‘%1’: 날짜가 아닙니다(YYYY-MM-DD, M/D/YYYY, YYYY-MM, YYYY-Qn, YYYY 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>‘%1’: 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole count</source>
        <translation>‘%1’: 정수가 아닙니다</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>all companies</source>
        <translation>모든 기업</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>기업 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>유형 없음</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>the file holds no rows</source>
        <translation>파일에 행이 없습니다</translation>
    </message>
    <message>
        <source>no recognisable header (found: %1%2). Expected TechWinter columns (date, company, kind), a layoffs.fyi export (company, date, total_laid_off), funding rounds (company_name, funded_at, raised_amount_usd) or an Our World in Data series (Entity, Year and a value column)</source>
        <translation>알아볼 수 있는 머리글이 없습니다(찾은 열: %1%2). TechWinter 열(date, company, kind), layoffs.fyi 내보내기(company, date, total_laid_off), 투자 라운드(company_name, funded_at, raised_amount_usd), Our World in Data 시계열(Entity, Year, 값 열) 중 하나여야 합니다</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>TechWinter CSV</source>
        <translation>TechWinter CSV</translation>
    </message>
    <message>
        <source>TechWinter JSON</source>
        <translation>TechWinter JSON</translation>
    </message>
    <message>
        <source>layoffs.fyi export</source>
        <translation>layoffs.fyi 내보내기</translation>
    </message>
    <message>
        <source>Funding rounds (Crunchbase style)</source>
        <translation>투자 라운드(Crunchbase 형식)</translation>
    </message>
    <message>
        <source>Our World in Data series</source>
        <translation>Our World in Data 시계열</translation>
    </message>
    <message>
        <source>Custom column mapping</source>
        <translation>사용자 지정 열 매핑</translation>
    </message>
</context>
<context>
    <name>ImportStream</name>
    <message>
        <source>the import was cancelled</source>
        <translation>가져오기를 취소했습니다</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>파일에 머리글 줄이 없습니다</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>파일에 머리글만 있고 행이 없습니다</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>파일에 행이 없습니다</translation>
    </message>
    <message>
        <source>no row can be imported: all %1 rows were rejected (first: %2)</source>
        <translation>가져올 수 있는 행이 없습니다. %1행 모두 거부됨(첫 번째: %2)</translation>
    </message>
</context>
<context>
    <name>ImportTypes</name>
    <message>
        <source>column %1: %2</source>
        <translation>%1 열: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 duplicates skipped</source>
        <translation>%1: %2행 읽음, %3건 가져옴, 중복 %4건 건너뜀</translation>
    </message>
    <message>
        <source>, %1 merged (second source kept)</source>
        <translation>, %1건 병합(두 번째 출처 보존)</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1건 거부</translation>
    </message>
    <message>
        <source>; 1 figure looks wrong, check it</source>
        <translation>; 수치 1개가 이상해 보이니 확인하세요</translation>
    </message>
    <message>
        <source>; %1 figures look wrong, check them</source>
        <translation>; 수치 %1개가 이상해 보이니 확인하세요</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the file holds no rows</source>
        <translation>파일에 행이 없습니다</translation>
    </message>
    <message>
        <source>no row can be imported: all %1 rows were rejected (first: %2)</source>
        <translation>가져올 수 있는 행이 없습니다. %1행 모두 거부됨(첫 번째: %2)</translation>
    </message>
</context>
<context>
    <name>JsonTable</name>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>expected a JSON array with one object per event, found an object</source>
        <translation>사건마다 객체 하나씩 담긴 JSON 배열이어야 하는데 객체 하나가 있습니다</translation>
    </message>
    <message>
        <source>expected an object with the event&apos;s fields</source>
        <translation>사건의 필드를 담은 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>MoneyConverter</name>
    <message>
        <source>Rates: %1, each event&apos;s month</source>
        <translation>환율: %1, 사건이 있던 달 기준</translation>
    </message>
    <message>
        <source>real dollars of %1 average prices: %2</source>
        <translation>%1년 평균 물가 기준 실질 달러: %2</translation>
    </message>
    <message>
        <source>won at %1&apos;s average rate</source>
        <translation>원화는 %1년 평균 환율로 환산</translation>
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <source>AI investment (₩ tn, %1 prices)</source>
        <translation>AI 투자 (조 원, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment (trillion won, %1 prices)</source>
        <translation>AI 투자 (조 원, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment, running total (trillion won, %1 prices)</source>
        <translation>AI 투자 누적 (조 원, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment (₩ tn)</source>
        <translation>AI 투자 (조 원)</translation>
    </message>
    <message>
        <source>AI investment (trillion won)</source>
        <translation>AI 투자 (조 원)</translation>
    </message>
    <message>
        <source>AI investment, running total (trillion won)</source>
        <translation>AI 투자 누적 (조 원)</translation>
    </message>
    <message>
        <source>AI investment (US$ bn, %1 prices)</source>
        <translation>AI 투자 (10억 달러, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment (US$ billions, %1 prices)</source>
        <translation>AI 투자 (10억 달러, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment, running total (US$ billions, %1 prices)</source>
        <translation>AI 투자 누적 (10억 달러, %1년 물가 기준)</translation>
    </message>
    <message>
        <source>AI investment (US$ bn)</source>
        <translation>AI 투자 (10억 달러)</translation>
    </message>
    <message>
        <source>AI investment (US$ billions)</source>
        <translation>AI 투자 (10억 달러)</translation>
    </message>
    <message>
        <source>AI investment, running total (US$ billions)</source>
        <translation>AI 투자 누적 (10억 달러)</translation>
    </message>
</context>
<context>
    <name>MonthTable</name>
    <message>
        <source>The table has no &quot;month&quot; header.</source>
        <translation>표에 &quot;month&quot; 머리글이 없습니다.</translation>
    </message>
    <message>
        <source>The row cannot be read as a month and its figures.</source>
        <translation>이 행을 월과 수치로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The months are not in order.</source>
        <translation>월이 순서대로 놓여 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>OutlierCheck</name>
    <message>
        <source>%1 is more than any deal ever reported; check the figure and its unit</source>
        <translation>%1: 지금까지 보도된 어떤 거래보다도 큰 금액입니다. 수치와 단위를 확인하세요</translation>
    </message>
    <message>
        <source>%1 people is more than any company has ever employed; check the figure</source>
        <translation>%1명: 어떤 기업의 전체 직원 수보다도 많습니다. 수치를 확인하세요</translation>
    </message>
    <message>
        <source>%1 is %2 times this company&apos;s next largest figure (%3); check it</source>
        <translation>%1: 이 기업의 다음으로 큰 수치(%3)의 %2배입니다. 확인하세요</translation>
    </message>
    <message>
        <source>%1 people is %2 times this company&apos;s next largest figure (%3); check it</source>
        <translation>%1명: 이 기업의 다음으로 큰 수치(%3명)의 %2배입니다. 확인하세요</translation>
    </message>
</context>
<context>
    <name>PriceIndex</name>
    <message>
        <source>US CPI-U (BLS)</source>
        <translation>미국 CPI-U(노동통계국)</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>the row has %1 cells but the header has %2 (a comma in an unquoted cell?)</source>
        <translation>이 행의 셀은 %1개인데 머리글은 %2개입니다(따옴표 없는 셀에 쉼표가 있나요?)</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>파일에 머리글 줄이 없습니다</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>파일에 머리글만 있고 행이 없습니다</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>가져오기를 취소했습니다</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>this month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>last %1 months</source>
        <translation>최근 %1개월</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>range: last_months must be 1 to 1200</source>
        <translation>range: last_months는 1에서 1200 사이여야 합니다</translation>
    </message>
    <message>
        <source>range: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>range: 날짜(YYYY-MM-DD)가 아닙니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range: expected last_months, this_year or since</source>
        <translation>range: last_months, this_year, since 중 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>보기에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>no view named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 보기가 없습니다</translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; exists already</source>
        <translation>&apos;%1&apos; 보기가 이미 있습니다</translation>
    </message>
    <message>
        <source>not a TechWinter views file (no &quot;%1&quot;: 1 and &quot;views&quot; list)</source>
        <translation>TechWinter 보기 파일이 아닙니다(&quot;%1&quot;: 1과 &quot;views&quot; 목록이 없음)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>SeriesRowMapper</name>
    <message>
        <source>&apos;%1&apos; is a spreadsheet error left in the cell, not a value</source>
        <translation>‘%1’: 값이 아니라 셀에 남은 스프레드시트 오류입니다</translation>
    </message>
    <message>
        <source>the entity is missing</source>
        <translation>대상이 없습니다</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>연도가 없습니다</translation>
    </message>
    <message>
        <source>no value in any value column</source>
        <translation>값 열 어디에도 값이 없습니다</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>a ZIP archive (an .xlsx or .ods workbook?)</source>
        <translation>ZIP 압축 파일(.xlsx나 .ods 통합 문서?)</translation>
    </message>
    <message>
        <source>an old Office document (an .xls workbook?)</source>
        <translation>예전 Office 문서(.xls 통합 문서?)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>this is %1, not CSV or JSON text; save it as CSV first</source>
        <translation>이 파일은 CSV나 JSON 텍스트가 아니라 %1입니다. 먼저 CSV로 저장하세요</translation>
    </message>
    <message>
        <source>this is binary data (byte %1 is a control character), not CSV or JSON text</source>
        <translation>이 파일은 CSV나 JSON 텍스트가 아니라 바이너리 데이터입니다(%1번째 바이트가 제어 문자)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>another program (perhaps another TechWinter) is using the database and did not let go; try again when it has finished</source>
        <translation>다른 프로그램(다른 TechWinter일 수도 있음)이 데이터베이스를 쓰고 있어 놓아주지 않습니다. 그 작업이 끝나면 다시 시도하세요</translation>
    </message>
    <message>
        <source>the database is read-only: there is no permission to change the file or its folder</source>
        <translation>데이터베이스가 읽기 전용입니다. 파일이나 폴더를 바꿀 권한이 없습니다</translation>
    </message>
    <message>
        <source>the file is not a TechWinter database, or it is damaged; it was left as it is - open a backup or a new database</source>
        <translation>TechWinter 데이터베이스가 아니거나 손상된 파일입니다. 파일은 그대로 두었으니 백업이나 새 데이터베이스를 여세요</translation>
    </message>
    <message>
        <source>the disk is full (or the database reached its size limit)</source>
        <translation>디스크가 가득 찼습니다(또는 데이터베이스가 크기 한도에 이르렀습니다)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (the disk may be full or failing, or its folder missing)</source>
        <translation>데이터베이스 파일을 읽거나 쓸 수 없습니다(디스크가 가득 찼거나 고장 났거나, 폴더가 없을 수 있습니다)</translation>
    </message>
    <message>
        <source>someone else changed the database in the meantime</source>
        <translation>그사이 다른 누군가가 데이터베이스를 바꿨습니다</translation>
    </message>
</context>
<context>
    <name>UsdConversion</name>
    <message>
        <source>the amount is in %1, which has no exchange rate in TechWinter&apos;s table, so it cannot be counted as US dollars</source>
        <translation>금액의 통화(%1)는 TechWinter 환율표에 없어 미국 달러로 셀 수 없습니다</translation>
    </message>
    <message>
        <source>there is no %1 exchange rate for %2 (the table starts later)</source>
        <translation>%2의 %1 환율이 없습니다(환율표가 그 뒤부터 시작합니다)</translation>
    </message>
</context>
<context>
    <name>techwinter::CompanyListModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (다른 이름: %2)</translation>
    </message>
</context>
<context>
    <name>techwinter::CompanyPanel</name>
    <message>
        <source>Search companies (Ctrl+F)…</source>
        <translation>기업 검색 (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <source>Sort by events</source>
        <translation>사건 수순</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Check every company the list shows</source>
        <translation>목록에 보이는 기업을 모두 선택</translation>
    </message>
    <message>
        <source>Uncheck every company the list shows</source>
        <translation>목록에 보이는 기업을 모두 해제</translation>
    </message>
</context>
<context>
    <name>techwinter::CompareLayer</name>
    <message numerus="yes">
        <source>Other (%n companies)</source>
        <translation>
            <numerusform>기타(%n개 회사)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>techwinter::EventDetailsPanel</name>
    <message>
        <source>Select an event in the table to see its details and source.</source>
        <translation>표에서 사건을 고르면 자세한 내용과 출처가 보입니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>(only %1 known)</source>
        <translation>(%1까지만 알려짐)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>상대방</translation>
    </message>
    <message>
        <source>Jobs cut</source>
        <translation>감원 인원</translation>
    </message>
    <message>
        <source>Share of staff</source>
        <translation>직원 대비 비율</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>at %1 USD per %2</source>
        <translation>%2당 %1 USD 기준</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>금액(USD)</translation>
    </message>
    <message>
        <source>not disclosed or not known</source>
        <translation>비공개 또는 알 수 없음</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1에 가져옴</translation>
    </message>
    <message>
        <source>From</source>
        <translation>가져온 곳</translation>
    </message>
    <message>
        <source>unverified: no public report was found</source>
        <translation>미확인: 공개 보도를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Also reported by</source>
        <translation>다른 보도</translation>
    </message>
    <message>
        <source>%1 %2 per US$</source>
        <translation>1달러당 %1 %2</translation>
    </message>
    <message>
        <source>%1 average, the last month known</source>
        <translation>%1 평균, 자료가 있는 마지막 달</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1 평균</translation>
    </message>
    <message>
        <source>At the month&apos;s rate</source>
        <translation>그달 환율로</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>×%1 for US prices (CPI-U)</source>
        <translation>미국 물가(CPI-U) 보정 ×%1</translation>
    </message>
    <message>
        <source>%1, %2 average</source>
        <translation>%1, %2 평균</translation>
    </message>
    <message>
        <source>%1 (the last month known)</source>
        <translation>%1 (자료가 있는 마지막 달)</translation>
    </message>
    <message>
        <source>In won of %1 prices</source>
        <translation>%1년 물가 기준 원화</translation>
    </message>
    <message>
        <source>In dollars of %1 prices</source>
        <translation>%1년 물가 기준 달러</translation>
    </message>
    <message>
        <source>In won</source>
        <translation>원화 환산</translation>
    </message>
    <message>
        <source>bundled dataset</source>
        <translation>기본 데이터셋</translation>
    </message>
</context>
<context>
    <name>techwinter::ExportChartDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>투명 배경</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (표준)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>File (.png or .svg)</source>
        <translation>파일 (.png 또는 .svg)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <source>2× (twice the pixels, for slides and print)</source>
        <translation>2배(픽셀 두 배, 슬라이드·인쇄용)</translation>
    </message>
    <message>
        <source>Dark text (light backgrounds)</source>
        <translation>어두운 글자(밝은 배경용)</translation>
    </message>
    <message>
        <source>Light text (dark backgrounds and slides)</source>
        <translation>밝은 글자(어두운 배경·슬라이드용)</translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels</source>
        <translation>이미지: %1 × %2 픽셀</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>글자</translation>
    </message>
</context>
<context>
    <name>techwinter::FilterPanel</name>
    <message>
        <source>Companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>전체 기간</translation>
    </message>
</context>
<context>
    <name>techwinter::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation>보이는 행에 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>가져올 첫 행 미리보기</translation>
    </message>
    <message>
        <source>Problems (line, column, reason)</source>
        <translation>문제 (행, 열, 이유)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>이 파일은 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a country-year series, kept as context for the chart and never added to company events</source>
        <translation>국가·연도 시계열: 차트의 참고 자료로만 쓰며 기업 사건 합계에 더하지 않음</translation>
    </message>
    <message>
        <source>events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · detected as &lt;b&gt;%3&lt;/b&gt;, read as %4 · %5 records</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · 형식: &lt;b&gt;%3&lt;/b&gt; · 인코딩: %4 · 레코드 %5개</translation>
    </message>
    <message>
        <source>Check the columns and the preview, then Import.</source>
        <translation>열과 미리보기를 확인한 뒤 가져오기를 누르세요.</translation>
    </message>
    <message>
        <source>The header was not recognised (%1). Choose which column holds what.</source>
        <translation>머리글을 인식하지 못했습니다 (%1). 각 열의 내용을 직접 고르세요.</translation>
    </message>
    <message>
        <source>Entity: %1
Period: %2
Values: %3

Aggregates such as World are kept apart from countries.</source>
        <translation>대상: %1
기간: %2
값: %3

World 같은 합계는 국가와 따로 보관합니다.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(이 파일에 없음)</translation>
    </message>
    <message>
        <source>The kind of every row when no column gives it</source>
        <translation>유형 열이 없을 때 모든 행에 쓸 유형</translation>
    </message>
    <message>
        <source>Kind when not given</source>
        <translation>기본 유형</translation>
    </message>
    <message>
        <source>(none: no round counts as AI)</source>
        <translation>(없음: AI로 셀 라운드 없음)</translation>
    </message>
    <message>
        <source>category values that mean AI, comma-separated</source>
        <translation>AI를 뜻하는 분류 값, 쉼표로 구분</translation>
    </message>
    <message>
        <source>AI category column</source>
        <translation>AI 분류 열</translation>
    </message>
    <message>
        <source>AI categories</source>
        <translation>AI 분류</translation>
    </message>
    <message>
        <source>%1 series points in the first rows.</source>
        <translation>첫 행들에 시계열 값 %1개.</translation>
    </message>
    <message>
        <source>Importing… (Cancel leaves the database exactly as it was)</source>
        <translation>가져오는 중… (취소하면 데이터베이스는 그대로 남습니다)</translation>
    </message>
    <message>
        <source>Reading rows: %p%</source>
        <translation>행 읽는 중: %p%</translation>
    </message>
    <message>
        <source>Storing: %p%</source>
        <translation>저장 중: %p%</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1 (imported as read)</source>
        <translation>%1 (읽은 그대로 가져옴)</translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>처음 몇 가지 문제:</translation>
    </message>
    <message>
        <source>Figures to check (imported as read):</source>
        <translation>확인할 수치(읽은 그대로 가져옴):</translation>
    </message>
</context>
<context>
    <name>techwinter::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>techwinter::LeagueTableModel</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Jobs cut</source>
        <translation>감원 인원</translation>
    </message>
    <message>
        <source>Layoffs</source>
        <translation>감원 건수</translation>
    </message>
    <message>
        <source>AI investment</source>
        <translation>AI 투자</translation>
    </message>
    <message>
        <source>AI $ per job cut</source>
        <translation>감원 1명당 AI 투자액</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>인수 건수</translation>
    </message>
    <message>
        <source>Acquisition value</source>
        <translation>인수 금액</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>첫 이벤트</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>마지막 이벤트</translation>
    </message>
</context>
<context>
    <name>techwinter::MainWindow</name>
    <message>
        <source>Search event titles, counterparties and notes…</source>
        <translation>사건 제목, 상대방, 메모 검색…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>사건 %2건 중 %1건</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>새 데이터셋(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo an Import…</source>
        <translation>가져오기 되돌리기(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Data (CSV or JSON)…</source>
        <translation>데이터 내보내기 (CSV 또는 JSON)(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TechWinter</source>
        <translation>TechWinter 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>The chart was not exported.

%1</source>
        <translation>차트를 내보내지 못했습니다.

%1</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>차트를 %1에 내보냈습니다</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard (1600×900)</source>
        <translation>차트를 클립보드에 복사했습니다 (1600×900)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The data was not exported.

%1</source>
        <translation>데이터를 내보내지 못했습니다.

%1</translation>
    </message>
    <message>
        <source>%1 events exported to %2</source>
        <translation>사건 %1건을 %2에 내보냈습니다</translation>
    </message>
    <message>
        <source>About TechWinter</source>
        <translation>TechWinter 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TechWinter %1&lt;/h3&gt;&lt;p&gt;Big tech&apos;s layoffs and its AI investments on one timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset compiles public news reports from 2019–2025; every event links to the report it comes from, shown in the details panel. Figures that were not disclosed are left empty, never estimated.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TechWinter %1&lt;/h3&gt;&lt;p&gt;빅테크의 감원과 AI 투자를 하나의 타임라인에.&lt;/p&gt;&lt;p&gt;기본 데이터셋은 2019–2025년의 공개 보도를 모은 것이며, 모든 사건은 출처 보도로 연결되어 상세 패널에 보입니다. 공개되지 않은 수치는 추정하지 않고 비워 둡니다.&lt;/p&gt;&lt;p&gt;데이터베이스: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>TechWinter databases (*.sqlite *.db);;All files (*)</source>
        <translation>TechWinter 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This database could not be opened; the current one stays open.

%1</source>
        <translation>이 데이터베이스를 열 수 없습니다. 지금 데이터베이스가 그대로 열려 있습니다.

%1</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>새 데이터셋</translation>
    </message>
    <message>
        <source>TechWinter databases (*.sqlite)</source>
        <translation>TechWinter 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name; TechWinter never overwrites a file.</source>
        <translation>같은 이름의 파일이 이미 있습니다: %1. 새 파일 이름을 고르세요. TechWinter는 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The dataset could not be created.

%1</source>
        <translation>데이터셋을 만들 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>New empty dataset: use File → Import… to add your data.</source>
        <translation>빈 데이터셋을 만들었습니다. 파일 → 가져오기…로 데이터를 추가하세요.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.txt);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.json *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Undo an Import</source>
        <translation>가져오기 되돌리기</translation>
    </message>
    <message>
        <source>This database has no imports.</source>
        <translation>이 데이터베이스에는 가져온 기록이 없습니다.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 events</source>
        <translation>%1 — %2, 사건 %3건</translation>
    </message>
    <message>
        <source>Remove every event this import added:</source>
        <translation>이 가져오기로 추가된 사건을 모두 지웁니다:</translation>
    </message>
    <message>
        <source>Removed the import of %1 (%2 events)</source>
        <translation>%1 가져오기를 지웠습니다 (사건 %2건)</translation>
    </message>
    <message>
        <source>TechWinter</source>
        <translation>TechWinter</translation>
    </message>
    <message>
        <source>TechWinter could not open the database %1.</source>
        <translation>TechWinter가 이 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1

The file has not been changed. You can open another database or start a fresh one.</source>
        <translation>%1

파일은 바뀌지 않았습니다. 다른 데이터베이스를 열거나 새로 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>다른 파일 열기…</translation>
    </message>
    <message>
        <source>Start Fresh…</source>
        <translation>새로 시작…</translation>
    </message>
    <message>
        <source>New Database (filled with the bundled dataset)</source>
        <translation>새 데이터베이스 (기본 데이터셋 포함)</translation>
    </message>
    <message>
        <source>this file exists already; a fresh database needs a new name</source>
        <translation>이미 있는 파일입니다. 새 데이터베이스는 새 이름이 필요합니다</translation>
    </message>
    <message>
        <source>Update the Bundled Dataset</source>
        <translation>기본 데이터셋 갱신</translation>
    </message>
    <message>
        <source>This database holds version %1 of TechWinter&apos;s bundled dataset; this release brings version %2, with newer events and corrections.

Update it now? Your own imports and edits are kept, and File → Undo an Import can take the update back.</source>
        <translation>이 데이터베이스에는 TechWinter 기본 데이터셋 %1판이 들어 있습니다. 이번 판은 %2판으로, 새 사건과 정정이 담겨 있습니다.

지금 갱신할까요? 직접 가져오거나 고친 데이터는 그대로 남고, 파일 → 가져오기 되돌리기로 갱신을 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 events, %4 sources added to other events</source>
        <translation>%1 — %2, 사건 %3건, 다른 사건에 더한 출처 %4개</translation>
    </message>
    <message>
        <source>Export &amp;Briefing (PDF)…</source>
        <translation>브리핑 내보내기(PDF)(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing exported to %1 (%2 pages)</source>
        <translation>브리핑을 %1에 내보냈습니다(%2쪽)</translation>
    </message>
</context>
<context>
    <name>techwinter::TimelineChart</name>
    <message>
        <source>Layoffs (people)</source>
        <translation>감원 (명)</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Jobs cut (people)</source>
        <translation>감원 인원 (명)</translation>
    </message>
    <message>
        <source>Jobs cut, running total (people)</source>
        <translation>감원 누적 (명)</translation>
    </message>
</context>
<context>
    <name>techwinter::TimelineChartView</name>
    <message>
        <source>%1, %2 (context)</source>
        <translation>%1, %2 (참고)</translation>
    </message>
</context>
<context>
    <name>techwinter::ViewMenu</name>
    <message>
        <source>Real Money</source>
        <translation>실질 금액</translation>
    </message>
    <message>
        <source>Money in the average prices of:</source>
        <translation>물가 기준 연도:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>기타…</translation>
    </message>
    <message>
        <source>Context Overlay</source>
        <translation>참고 자료 겹쳐 보기</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Company</source>
        <translation>기업 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>By &amp;Month</source>
        <translation>월별(&amp;M)</translation>
    </message>
    <message>
        <source>By &amp;Quarter</source>
        <translation>분기별(&amp;Q)</translation>
    </message>
    <message>
        <source>By &amp;Year</source>
        <translation>연도별(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Running Totals</source>
        <translation>누적 합계(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log Scale for Money</source>
        <translation>금액 로그 눈금(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Compare Companies</source>
        <translation>회사별 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Each company&apos;s layoffs and AI money in its own colour</source>
        <translation>회사마다 고유한 색으로 감원과 AI 투자를 보여 줍니다</translation>
    </message>
    <message>
        <source>S&amp;tack Compared Bars</source>
        <translation>비교 막대 쌓기(&amp;T)</translation>
    </message>
    <message>
        <source>Context &amp;Overlay</source>
        <translation>참고 자료 겹쳐 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>확대 초기화(&amp;Z)</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom in; right-click or Ctrl+0 to zoom out</source>
        <translation>차트를 가로로 끌어 확대하고, 오른쪽 클릭이나 Ctrl+0으로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>통화(&amp;U)</translation>
    </message>
    <message>
        <source>US Dollars (US$)</source>
        <translation>미국 달러 (US$)</translation>
    </message>
    <message>
        <source>Korean Won (₩)</source>
        <translation>원화 (₩)</translation>
    </message>
    <message>
        <source>Nominal (Money of Its Day)</source>
        <translation>명목 금액 (당시 금액)</translation>
    </message>
    <message>
        <source>Real, in %1 Prices…</source>
        <translation>실질 금액, %1년 물가 기준…</translation>
    </message>
    <message>
        <source>Real, in One Year&apos;s Prices…</source>
        <translation>실질 금액, 기준 연도 물가로…</translation>
    </message>
    <message>
        <source>Import a country-year series (e.g. OWID&apos;s private AI investment) to overlay it</source>
        <translation>국가·연도 시계열(예: OWID의 민간 AI 투자)을 가져오면 겹쳐 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>techwinter::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>저장한 보기(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>지금 보기 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>저장한 보기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Rename a View…</source>
        <translation>보기 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete a View…</source>
        <translation>보기 지우기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Views…</source>
        <translation>보기 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Views…</source>
        <translation>보기 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>지금 보기 저장</translation>
    </message>
    <message>
        <source>Name of the view (an existing name is replaced):</source>
        <translation>보기 이름(이미 있는 이름이면 새로 덮어씀):</translation>
    </message>
    <message>
        <source>The dates as shown</source>
        <translation>지금 보이는 기간 그대로</translation>
    </message>
    <message>
        <source>The last 12 months, whenever opened</source>
        <translation>열 때마다 최근 12개월</translation>
    </message>
    <message>
        <source>This year, whenever opened</source>
        <translation>열 때마다 올해</translation>
    </message>
    <message>
        <source>Since %1, up to the day it is opened</source>
        <translation>%1부터 여는 날까지</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Rename a View</source>
        <translation>보기 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete a View</source>
        <translation>보기 지우기</translation>
    </message>
    <message>
        <source>Export Views</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <source>TechWinter views (*.json)</source>
        <translation>TechWinter 보기 (*.json)</translation>
    </message>
    <message>
        <source>Import Views</source>
        <translation>보기 가져오기</translation>
    </message>
    <message>
        <source>No view was imported: %1</source>
        <translation>보기를 하나도 가져오지 않았습니다: %1</translation>
    </message>
</context>
</TS>
