<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <source>The new password must have at least 8 characters and at least three of: lower-case letters, capital letters, digits, other characters.</source>
        <translation>新密码至少 8 位，且须包含小写字母、大写字母、数字、其他字符中的至少三类。</translation>
    </message>
    <message>
        <source>There is no account with the id %1.</source>
        <translation>不存在标识为 %1 的账号。</translation>
    </message>
    <message>
        <source>The password was wrong %1 times in a row; the account is locked for %2 minutes.</source>
        <translation>密码已连续输错 %1 次，账号锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The user name must be 3-32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>用户名须为 3 至 32 位小写字母、数字、点、连字符或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The user name %1 is taken; choose another.</source>
        <translation>用户名 %1 已被占用，请另选一个。</translation>
    </message>
    <message>
        <source>This database has accounts already.</source>
        <translation>此数据库中已有账号。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot change your own roles; another security administrator must.</source>
        <translation>不能修改自己的角色，须由另一名安全管理员办理。</translation>
    </message>
    <message>
        <source>An administrator role cannot be combined with a business role; create a separate account.</source>
        <translation>管理员角色不能与业务角色兼任，请另建账号。</translation>
    </message>
    <message>
        <source>The system, security and audit administrator roles must be held by three different accounts.</source>
        <translation>系统管理员、安全管理员和审计管理员须由三个不同的账号分别担任。</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check the keyboard layout and Caps Lock; after %1 wrong passwords in a row an account locks for %2 minutes.</source>
        <translation>用户名或密码错误。请检查键盘输入法和大写锁定键；连续输错 %1 次密码，账号将锁定 %2 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after repeated wrong passwords; try again in %n minute(s) or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>该账号因多次输错密码已被锁定，请 %n 分钟后再试，或请管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>没有在用的账号 %1。</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Approved, awaiting seal</source>
        <translation>准予许可，待用印</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>已发证</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>您的账号未归属任何站点，须由管理员指定。</translation>
    </message>
    <message>
        <source>Unknown application state %1.</source>
        <translation>未知的办件状态 %1。</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人名称</translation>
    </message>
    <message>
        <source>There is no item with the code %1.</source>
        <translation>不存在编码为 %1 的事项。</translation>
    </message>
    <message>
        <source>%1 may not see applications: only business roles may.</source>
        <translation>%1 无权查看办件：只有业务角色可以查看。</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>The Base45 text has %1 characters; a length that leaves one over is never valid.</source>
        <translation>Base45 文本有 %1 个字符；余下一个字符的长度不可能有效。</translation>
    </message>
    <message>
        <source>Character %1 of the Base45 text is "%2", which Base45 does not use.</source>
        <translation>Base45 文本的第 %1 个字符是“%2”，不属于 Base45 字符集。</translation>
    </message>
    <message>
        <source>Characters %1–%2 of the Base45 text stand for no pair of bytes.</source>
        <translation>Base45 文本的第 %1–%2 个字符不对应任何两个字节。</translation>
    </message>
    <message>
        <source>The last two characters of the Base45 text stand for no byte.</source>
        <translation>Base45 文本的最后两个字符不对应任何字节。</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</source>
        <translation>没有科室“%1”；请填写科室代码（SSDJ）或名称（商事登记科）。</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 cases; ask for fewer.</source>
        <translation>每页可显示 1 至 %1 件，请减少数量。</translation>
    </message>
    <message>
        <source>The offset of a page cannot be negative.</source>
        <translation>分页起点不能为负数。</translation>
    </message>
    <message>
        <source>Sign in to save a filter; filters are kept per user.</source>
        <translation>请先登录再保存筛选条件；筛选条件按用户分别保存。</translation>
    </message>
    <message>
        <source>Give the filter a name of 1 to %1 characters.</source>
        <translation>请为筛选条件起一个 1 至 %1 个字的名称。</translation>
    </message>
    <message>
        <source>You keep %1 filters already; remove one you no longer use first.</source>
        <translation>你已保存 %1 个筛选条件，请先删除一个不再使用的。</translation>
    </message>
    <message>
        <source>You have no saved filter "%1".</source>
        <translation>你没有名为“%1”的已保存筛选条件。</translation>
    </message>
</context>
<context>
    <name>CatalogueCodec</name>
    <message>
        <source>row %1 (line %2)</source>
        <translation>第 %1 行（文本第 %2 行）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>文本第 %1 行</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1，字段 %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 须为整数。</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>有一个带引号的单元格缺少结尾引号</translation>
    </message>
    <message>
        <source>must be a whole number, not "%1"</source>
        <translation>须为整数，而不是“%1”</translation>
    </message>
    <message>
        <source>must be 1 or 0, not "%1"</source>
        <translation>须为 1 或 0，而不是“%1”</translation>
    </message>
    <message>
        <source>entry %1 has %2 parts separated by "|"; %3 to %4 are expected</source>
        <translation>第 %1 项有 %2 个以“|”分隔的部分，应为 %3 至 %4 个</translation>
    </message>
    <message>
        <source>material "%1" needs required (1 or 0), originals and copies as whole numbers: name|required|originals|copies|form|source|notes</source>
        <translation>材料“%1”的是否必要（1 或 0）、原件数和复印件数须为整数，格式：名称|是否必要|原件数|复印件数|形式|来源|备注</translation>
    </message>
    <message>
        <source>"%1" needs its expected duration in working days: kind|days|description</source>
        <translation>“%1”须写明预计所需工作日，格式：类型|工作日|说明</translation>
    </message>
    <message>
        <source>fee "%1" needs its amount in fen as a whole number: name|fen|basis</source>
        <translation>收费“%1”的金额须为以分计的整数，格式：名称|分|依据</translation>
    </message>
    <message>
        <source>%1 appears already in row %2</source>
        <translation>%1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>"%1" appears already in row %2</source>
        <translation>“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative compulsion</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Review and referral</source>
        <translation>审核转报</translation>
    </message>
    <message>
        <source>must be 1-64 letters, digits or hyphens</source>
        <translation>须为 1 至 64 位字母、数字或连字符</translation>
    </message>
    <message>
        <source>must be lower-case letters a-z only, for example spjyxk</source>
        <translation>只能使用小写字母，例如 spjyxk</translation>
    </message>
    <message>
        <source>must be a two-digit item type from 01 to 12, not "%1"</source>
        <translation>须为 01 至 12 的两位事项类型代码，而不是“%1”</translation>
    </message>
    <message>
        <source>at least one legal basis is needed (行政许可法 Art. 30)</source>
        <translation>至少须有一条设定依据（《行政许可法》第三十条）</translation>
    </message>
    <message>
        <source>each legal basis needs the law and the article</source>
        <translation>每条设定依据都须写明法律法规名称和条款</translation>
    </message>
    <message>
        <source>at least one material is needed</source>
        <translation>至少须有一项申请材料</translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation>每项材料都须有名称</translation>
    </message>
    <message>
        <source>material "%1": originals and copies must be 0-99</source>
        <translation>材料“%1”：原件数与复印件数须在 0 至 99 之间</translation>
    </message>
    <message>
        <source>material "%1": the form must be paper, electronic or paper_or_electronic, not "%2"</source>
        <translation>材料“%1”：形式须为 paper（纸质）、electronic（电子）或 paper_or_electronic（纸质或电子），而不是“%2”</translation>
    </message>
    <message>
        <source>must be 0-365 working days</source>
        <translation>须为 0 至 365 个工作日</translation>
    </message>
    <message>
        <source>must be between 0 and the statutory limit (%1 working days)</source>
        <translation>须在 0 与法定时限（%1 个工作日）之间</translation>
    </message>
    <message>
        <source>"%1" is no special procedure of 行政许可法 Art. 45; use one of %2</source>
        <translation>“%1”不是《行政许可法》第四十五条规定的特别程序，请使用以下之一：%2</translation>
    </message>
    <message>
        <source>%1: the expected duration must be 1-365 working days</source>
        <translation>%1：预计时长须为 1 至 365 个工作日</translation>
    </message>
    <message>
        <source>every fee needs a name, an amount of at least 0 fen and its legal basis</source>
        <translation>每项收费都须有名称、不小于 0 分的金额及其法定依据</translation>
    </message>
    <message>
        <source>must be commerce, planning or general, not "%1"</source>
        <translation>须为 commerce（商事登记）、planning（规划建设）或 general（综合服务），而不是“%1”</translation>
    </message>
    <message>
        <source>must be county or town, not "%1"</source>
        <translation>须为 county（县级）或 town（镇级），而不是“%1”</translation>
    </message>
    <message>
        <source>the deciding section's code is needed</source>
        <translation>须填写审批科室代码</translation>
    </message>
    <message>
        <source>the supervising department's code is needed</source>
        <translation>须填写监管部门代码</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>not a OneSeal catalogue: expected {"format": "%1", "version": 1, "items": [...]}</source>
        <translation>不是一章通事项目录文件，应为 {"format": "%1", "version": 1, "items": [...]}</translation>
    </message>
    <message>
        <source>the file is not UTF-8; save it as "CSV UTF-8"</source>
        <translation>文件不是 UTF-8 编码，请另存为“CSV UTF-8（逗号分隔）”</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>表头缺少 %1 列</translation>
    </message>
    <message>
        <source>this row has %1 cells but the header has %2</source>
        <translation>此行有 %1 个单元格，而表头有 %2 列</translation>
    </message>
    <message>
        <source>Basic code</source>
        <translation>基本编码</translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>实施机关</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Review method</source>
        <translation>审查方式</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>窗口类别</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>审批科室</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>结果文书</translation>
    </message>
    <message>
        <source>Decided on the spot</source>
        <translation>即办件（当场办结）</translation>
    </message>
    <message>
        <source>Handling level</source>
        <translation>办理层级</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>there is no section with the code %1; add it under Organisation first</source>
        <translation>不存在代码为 %1 的科室，请先在“组织机构”中添加</translation>
    </message>
    <message>
        <source>there is no department with the code %1; add it under Organisation first</source>
        <translation>不存在代码为 %1 的部门，请先在“组织机构”中添加</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation>不存在标识为 %1 的事项。</translation>
    </message>
    <message>
        <source>another item (%1) has this implementation code or name</source>
        <translation>另一事项（%1）已使用此实施编码或名称</translation>
    </message>
</context>
<context>
    <name>CentralStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
    <message>
        <source>The device %1 is not enrolled; enrol it with a code from the server.</source>
        <translation>设备 %1 尚未注册，请使用服务器发放的注册码注册。</translation>
    </message>
    <message>
        <source>The request carries no device token; enrol the device first.</source>
        <translation>请求未携带设备令牌，请先注册设备。</translation>
    </message>
    <message>
        <source>The device token is not known here; enrol the device again with a new code.</source>
        <translation>此处不认识该设备令牌，请使用新的注册码重新注册设备。</translation>
    </message>
    <message>
        <source>There is no site "%1" in the central store; give a site code such as PZ, after importing the central hall's database.</source>
        <translation>中心库中没有站点“%1”；请在导入中心大厅数据库后，填写站点代码（例如 PZ）。</translation>
    </message>
    <message>
        <source>The step was recorded for another site than the one this device is enrolled for; it is not accepted here.</source>
        <translation>该操作登记的站点与本设备注册的站点不同，此处不予接受。</translation>
    </message>
    <message>
        <source>The step was made by an account that does not work at this site; only the site's own staff record its work.</source>
        <translation>该操作由不属于本站点的账号办理；只有本站点的工作人员才能登记本站点的业务。</translation>
    </message>
    <message>
        <source>Only the central hall changes the %1 list; ask the central hall to make this change.</source>
        <translation>%1 清单只能由中心大厅修改，请由中心大厅办理此项修改。</translation>
    </message>
    <message>
        <source>User accounts of another site, and new accounts, are managed at the central hall.</source>
        <translation>其他站点的用户账号以及新账号由中心大厅管理。</translation>
    </message>
    <message>
        <source>The application %1 is not held by this site.</source>
        <translation>办件 %1 不由本站点持有。</translation>
    </message>
    <message>
        <source>The application is held by another site now; this site may no longer change it.</source>
        <translation>该办件现由其他站点持有，本站点不能再修改。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 first (it is at version %2 now, the step was made on version %3). Look at it again and redo the step.</source>
        <translation>他人已先修改了此%1（当前为第 %2 版，该操作基于第 %3 版）。请重新查看后再办理一次。</translation>
    </message>
    <message>
        <source>The application was closed (%1) before this step arrived; it takes no further step.</source>
        <translation>该办件在此操作到达前已办结（%1），不能再进行后续操作。</translation>
    </message>
    <message>
        <source>The token belongs to another device than the one whose events were sent.</source>
        <translation>该令牌属于另一台设备，而不是发送这些事件的设备。</translation>
    </message>
    <message>
        <source>This device sent a different event as its number %1: its database was probably restored from an old backup. Enrol it anew instead.</source>
        <translation>本设备发送了另一个事件作为其第 %1 号事件：其数据库可能是从旧备份恢复的。请改为重新注册设备。</translation>
    </message>
    <message>
        <source>Event number %1 of this device arrived before number %2; send the events in order.</source>
        <translation>本设备的第 %1 号事件先于第 %2 号到达，请按顺序发送事件。</translation>
    </message>
    <message>
        <source>Event number %1 does not continue this device's hash chain.</source>
        <translation>第 %1 号事件没有接续本设备的哈希链。</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used already or expired; ask the server's administrator for a new one (oneseal-server enrol-code --site SITE).</source>
        <translation>注册码错误、已被使用或已过期；请向服务器管理员索取新的注册码（oneseal-server enrol-code --site SITE）。</translation>
    </message>
    <message>
        <source>The enrolment names no device.</source>
        <translation>注册请求未指明设备。</translation>
    </message>
    <message>
        <source>This device's events belong to another site; it cannot be enrolled for this one. Use a new database for the other site.</source>
        <translation>本设备的事件属于另一站点，不能注册到此站点。请为另一站点使用新的数据库。</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but the store expects number %3.</source>
        <translation>事件 %1 是其设备的第 %2 号事件，但中心库期待的是第 %3 号。</translation>
    </message>
    <message>
        <source>The PostgreSQL central store failed while %1: %2</source>
        <translation>PostgreSQL 中心库在%1时出错：%2</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>准备语句“%1”</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>执行语句“%1”</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>creating the central tables</source>
        <translation>创建中心库数据表</translation>
    </message>
    <message>
        <source>The store %1 is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DB, for example postgresql://oneseal@127.0.0.1:5432/oneseal.</source>
        <translation>存储 %1 不是 PostgreSQL 地址；请写成 postgresql://用户@主机:端口/数据库，例如 postgresql://oneseal@127.0.0.1:5432/oneseal。</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed; install the package libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动；请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>The licence was issued at another site; only that site or the central hall may print, void or revoke it.</source>
        <translation>该许可证由其他站点核发；只有核发站点或中心大厅可以打印、作废或撤销。</translation>
    </message>
    <message>
        <source>Only the central hall changes the seal list; a town centre registers its own seal's keys only.</source>
        <translation>印章清单只能由中心大厅修改；镇（街道）便民服务中心只能登记本中心印章的密钥。</translation>
    </message>
    <message>
        <source>A seal key registration may change the seal's key only, not its %1; the central hall edits the seal itself.</source>
        <translation>登记印章密钥只能更改印章的密钥，不能更改其 %1；印章本身由中心大厅修改。</translation>
    </message>
    <message>
        <source>The seal %1 is not in the seal registry; the central hall registers a seal before its keys.</source>
        <translation>印章 %1 不在印章登记库中；须先由中心大厅登记印章，再登记其密钥。</translation>
    </message>
    <message>
        <source>The seal belongs to another site: a town centre registers keys for its own 便民服务中心专用章 only, and the bureau's keys are made at the central hall.</source>
        <translation>该印章属于其他站点：镇（街道）便民服务中心只能为本中心的便民服务中心专用章登记密钥，审批局的印章密钥在中心大厅生成。</translation>
    </message>
    <message>
        <source>The key %1 is not registered for this seal; register the seal's own key first.</source>
        <translation>密钥 %1 并未登记在该印章名下；请先登记该印章自己的密钥。</translation>
    </message>
    <message>
        <source>No folder for the projection: %1</source>
        <translation>投影库没有可用的文件夹：%1</translation>
    </message>
    <message>
        <source>The projection %1 follows another central log; it is made anew.</source>
        <translation>投影库 %1 对应的是另一份中心日志，将重新生成。</translation>
    </message>
    <message>
        <source>The state folder %1 cannot be written: the projection is rebuilt from the log in a temporary folder at every start. Give the server a folder it may write with --state-dir.</source>
        <translation>状态文件夹 %1 不可写：每次启动都将在临时文件夹中从日志重建投影库。请用 --state-dir 为服务器指定一个它有写权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--start needs a date written as YYYY-MM-DD, not "%1"</source>
        <translation>--start 须为“年-月-日”（YYYY-MM-DD）格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>--days needs a whole number of working days (0 or more), not "%1"</source>
        <translation>--days 须为工作日数（0 或正整数），而不是“%1”</translation>
    </message>
    <message>
        <source>The start date %1 lies in %2, which has no holiday calendar loaded; an administrator must import the %2 calendar first.</source>
        <translation>起始日期 %1 属于 %2 年，该年尚未载入节假日日历，须由管理员先导入 %2 年日历。</translation>
    </message>
    <message>
        <source>say import or list, with --db</source>
        <translation>请指定 import 或 list，并给出 --db</translation>
    </message>
    <message>
        <source>import needs --file with a holiday calendar in the holiday-cn JSON format</source>
        <translation>import 须以 --file 指定 holiday-cn JSON 格式的节假日日历</translation>
    </message>
    <message>
        <source>%1: %2 days off, %3 make-up working days</source>
        <translation>%1 年：放假 %2 天，调休上班 %3 天</translation>
    </message>
    <message>
        <source>say import or export, with --db and --file</source>
        <translation>请指定 import 或 export，并给出 --db 和 --file</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>已将 %1 个事项导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>未导入任何内容：须先修正 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 项，修改 %3 项，未变 %4 项。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file.</source>
        <translation>%1 已存在，请指定一个新文件名。</translation>
    </message>
    <message>
        <source>--db names the new database file</source>
        <translation>--db 指定新数据库文件</translation>
    </message>
    <message>
        <source>Created %1 with the system administrator "%2".</source>
        <translation>已创建 %1，系统管理员为“%2”。</translation>
    </message>
    <message>
        <source>Initial password: %1 (shown once; it must be changed at the first sign-in)</source>
        <translation>初始密码：%1（仅显示一次，首次登录时须修改）</translation>
    </message>
    <message>
        <source>Created the demo database %1 (%2 events). Demo accounts, password %3:</source>
        <translation>已创建演示数据库 %1（%2 个事件）。演示账号，密码均为 %3：</translation>
    </message>
    <message>
        <source>--db names the database</source>
        <translation>--db 指定数据库</translation>
    </message>
    <message>
        <source>say what to validate: id (resident ID) or uscc (credit code)</source>
        <translation>请指定校验对象：id（居民身份证号码）或 uscc（统一社会信用代码）</translation>
    </message>
    <message>
        <source>say verify, with --db</source>
        <translation>请指定 verify，并给出 --db</translation>
    </message>
    <message>
        <source>broken at event %1 (%2): %3</source>
        <translation>在第 %1 号事件（%2）处断裂：%3</translation>
    </message>
    <message>
        <source>say list or replay, with --db</source>
        <translation>请指定 list 或 replay，并给出 --db</translation>
    </message>
    <message>
        <source>replay needs --into with the name of a new database file</source>
        <translation>replay 须以 --into 指定新数据库文件名</translation>
    </message>
    <message>
        <source>Replayed %1 events into %2.</source>
        <translation>已将 %1 个事件重放到 %2。</translation>
    </message>
    <message>
        <source>onesealctl: unknown command "%1"</source>
        <translation>onesealctl：未知命令“%1”</translation>
    </message>
    <message>
        <source>onesealctl: ignored unknown options: %1</source>
        <translation>onesealctl：已忽略未知选项：%1</translation>
    </message>
    <message>
        <source>intake needs --db, --file and --out (or --example)</source>
        <translation>intake 须给出 --db、--file 和 --out（或 --example）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 不是 JSON 对象：%2。</translation>
    </message>
    <message>
        <source>say which counter clerk takes the application in: --user NAME or "clerk" in the request</source>
        <translation>请指定由哪位窗口受理员受理申请：使用 --user 用户名，或在请求中写明“clerk”</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>(submitted before; nothing new was written)</source>
        <translation>（此前已提交过，未写入新内容）</translation>
    </message>
    <message>
        <source>The application was recorded, but its notice could not be written: %1</source>
        <translation>申请已登记，但通知书未能写出：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The change was recorded, but its document could not be written: %1</source>
        <translation>变更已记录，但其文书未能写出：%1</translation>
    </message>
    <message>
        <source>queue needs --db and --section</source>
        <translation>queue 需要 --db 和 --section</translation>
    </message>
    <message>
        <source>--on needs a date written as YYYY-MM-DD</source>
        <translation>--on 需要写成 YYYY-MM-DD 的日期</translation>
    </message>
    <message>
        <source>clock needs --db and --case</source>
        <translation>clock 需要 --db 和 --case</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>办件编号：%1</translation>
    </message>
    <message>
        <source>as of: %1%2</source>
        <translation>计算日：%1%2</translation>
    </message>
    <message>
        <source> (decided; the clock is frozen)</source>
        <translation>（已决定，时限已冻结）</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>起算日：%1</translation>
    </message>
    <message>
        <source>due date: %1</source>
        <translation>承诺办结日：%1</translation>
    </message>
    <message>
        <source>statutory due date: %1</source>
        <translation>法定办结日：%1</translation>
    </message>
    <message>
        <source>suspended working days: %1%2</source>
        <translation>中止计时工作日：%1%2</translation>
    </message>
    <message>
        <source> (suspended now)</source>
        <translation>（当前中止计时）</translation>
    </message>
    <message>
        <source>extension: %1</source>
        <translation>延长工作日：%1</translation>
    </message>
    <message>
        <source>remaining working days: %1</source>
        <translation>剩余工作日：%1</translation>
    </message>
    <message>
        <source>statutory remaining working days: %1</source>
        <translation>法定剩余工作日：%1</translation>
    </message>
    <message>
        <source>light: %1</source>
        <translation>亮灯：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <source>review needs --db, --case, --user and one verb</source>
        <translation>review 需要 --db、--case、--user 和一个操作</translation>
    </message>
    <message>
        <source>--days needs a whole number of working days, not "%1"</source>
        <translation>--days 需要整数个工作日，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 needs either --grant or --refuse</source>
        <translation>%1 需要 --grant 或 --refuse 之一</translation>
    </message>
    <message>
        <source>unknown review verb "%1"</source>
        <translation>未知的审批操作“%1”</translation>
    </message>
    <message>
        <source>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</source>
        <translation>补正通知晚于收到申请材料之日起5个工作日发出：受理自收到申请材料之日起计算。</translation>
    </message>
    <message>
        <source>--offset-x and --offset-y are millimetres between -20 and 20, like 1.5 or -0.8.</source>
        <translation>--offset-x 和 --offset-y 以毫米计，须在 -20 至 20 之间，例如 1.5 或 -0.8。</translation>
    </message>
    <message>
        <source>licence print and reprint need --serial and --out</source>
        <translation>licence print 与 reprint 须给出 --serial 和 --out</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>无法读取图像 %1。</translation>
    </message>
    <message>
        <source>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</source>
        <translation>在 %1 中未能读出二维码；请以 200 dpi 以上分辨率平整、清晰地扫描。</translation>
    </message>
    <message>
        <source>say keygen, with --db, --seal and --user</source>
        <translation>请写 keygen，并给出 --db、--seal 和 --user</translation>
    </message>
    <message>
        <source>key %1 of seal %2 is in this workstation's keychain; its public key is in the seal registry</source>
        <translation>印章 %2 的密钥 %1 已存入本工作站的钥匙串；其公钥已登记在印章登记簿中</translation>
    </message>
    <message>
        <source>licence preview needs --serial and --out</source>
        <translation>licence preview 须给出 --serial 和 --out</translation>
    </message>
    <message>
        <source>licence issue needs --case and --seal</source>
        <translation>licence issue 须给出 --case 和 --seal</translation>
    </message>
    <message>
        <source>--valid-until must be a date like 2031-11-27</source>
        <translation>--valid-until 须为 2031-11-27 这样的日期</translation>
    </message>
    <message>
        <source>The item's result is printed on "%1", which is no template here: %2</source>
        <translation>该事项的结果文书使用模板“%1”，但本程序中没有该模板：%2</translation>
    </message>
    <message>
        <source>licence void needs --serial</source>
        <translation>licence void 须给出 --serial</translation>
    </message>
    <message>
        <source>licence revoke needs --serial</source>
        <translation>licence revoke 须给出 --serial</translation>
    </message>
    <message>
        <source>licence spoil needs --stock</source>
        <translation>licence spoil 须给出 --stock</translation>
    </message>
    <message>
        <source>unknown licence action "%1"</source>
        <translation>未知的证照操作“%1”</translation>
    </message>
    <message>
        <source>verify needs --db and one of --qr-text or --image</source>
        <translation>verify 须给出 --db，以及 --qr-text 或 --image 之一</translation>
    </message>
    <message>
        <source>%1 print %2 · %3 · %4 · %5 · issued %6 by %7</source>
        <translation>%1 第 %2 次打印 · %3 · %4 · %5 · %6 由 %7 签发</translation>
    </message>
    <message>
        <source>pushed %1 (accepted %2, rejected %3)</source>
        <translation>已推送 %1 条（接受 %2 条，拒绝 %3 条）</translation>
    </message>
    <message>
        <source>rejected %1 %2:%3 — %4</source>
        <translation>已拒绝 %1 %2:%3 — %4</translation>
    </message>
    <message>
        <source>pulled %1</source>
        <translation>已拉取 %1 条</translation>
    </message>
    <message>
        <source>cursor %1, pending %2, checkpoint %3</source>
        <translation>游标 %1，待发送 %2，检查点 %3</translation>
    </message>
    <message>
        <source>enroll needs --db, --server and --code</source>
        <translation>enroll 需要 --db、--server 和 --code</translation>
    </message>
    <message>
        <source>--server needs a URL such as https://oneseal.example.gov.cn</source>
        <translation>--server 需要一个网址，例如 https://oneseal.example.gov.cn</translation>
    </message>
    <message>
        <source>Enrolled device %1 for site %2 at %3.</source>
        <translation>已为站点 %2 在 %3 注册设备 %1。</translation>
    </message>
    <message>
        <source>The device token is kept in the system keychain.</source>
        <translation>设备令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain answered (%1): the device token is kept for this session only and is not saved. Syncing once now; enrol again with a new code for the next sync.</source>
        <translation>没有可用的钥匙串（%1）：设备令牌仅在本次会话中保留，不会保存。现在同步一次；下次同步前请使用新的注册码重新注册。</translation>
    </message>
    <message>
        <source>sync needs --db</source>
        <translation>sync 需要 --db</translation>
    </message>
    <message>
        <source>%1 is not enrolled with a server: run onesealctl enroll --db FILE --server URL --code CODE first.</source>
        <translation>%1 尚未在服务器注册：请先运行 onesealctl enroll --db FILE --server URL --code CODE。</translation>
    </message>
    <message>
        <source>ticket needs one of: %1</source>
        <translation>ticket 需要以下之一：%1</translation>
    </message>
    <message>
        <source>ticket needs --db FILE</source>
        <translation>ticket 需要 --db FILE</translation>
    </message>
    <message>
        <source>ticket %1 needs --kind commerce, planning or general</source>
        <translation>ticket %1 需要 --kind commerce、planning 或 general</translation>
    </message>
    <message>
        <source>ticket list needs --site CODE or --user NAME</source>
        <translation>ticket list 需要 --site CODE 或 --user NAME</translation>
    </message>
    <message>
        <source>ticket %1 needs --user: the clerk at the window</source>
        <translation>ticket %1 需要 --user：窗口的受理员</translation>
    </message>
    <message>
        <source>--date must be a date written as YYYY-MM-DD</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>say issue, preview, print, reprint, void, spoil, revoke, sheets or handover, with --db and --user</source>
        <translation>请指定 issue、preview、print、reprint、void、spoil、revoke、sheets 或 handover，并给出 --db 和 --user</translation>
    </message>
    <message>
        <source>licence handover needs --serial</source>
        <translation>licence handover 需要 --serial</translation>
    </message>
    <message>
        <source>This database has no demo account "%1" (%2); give a database made by "onesealctl demo-db", or the name of a new file.</source>
        <translation>此数据库没有演示账号“%1”（%2）；请指定由“onesealctl demo-db”创建的数据库，或一个新文件名。</translation>
    </message>
    <message>
        <source>generated by %1 into this workstation's keychain</source>
        <translation>已由 %1 生成并存入本工作站的钥匙串</translation>
    </message>
    <message>
        <source>onesealctl: no keychain answers on this workstation, so the licence cannot be signed and was not printed; the documents above were written unsigned. Start a desktop session (or gnome-keyring) and run the demo again. (%1)</source>
        <translation>onesealctl：本工作站没有可用的钥匙串，许可证无法签名，未打印；以上文书已按未签名方式写出。请启动桌面会话（或 gnome-keyring）后重新运行演示。（%1）</translation>
    </message>
    <message>
        <source>demo needs --db (a demo database, made when missing) and --out (a folder)</source>
        <translation>demo 需要 --db（演示数据库，不存在时自动创建）和 --out（文件夹）</translation>
    </message>
    <message>
        <source>created with the demo organisation and accounts</source>
        <translation>已创建，含演示机构和账号</translation>
    </message>
    <message>
        <source>report needs --db, --from and --to</source>
        <translation>report 需要 --db、--from 和 --to</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD</source>
        <translation>--from 和 --to 须为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>--by is one of section, item, window or person, not "%1"</source>
        <translation>--by 须为 section、item、window 或 person 之一，而不是“%1”</translation>
    </message>
    <message>
        <source>--site names a site by its code (PZ, LC …); there is no site "%1"</source>
        <translation>--site 须为站点代码（PZ、LC …），没有站点“%1”</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n case(s) left out: their clock runs into a year without a holiday calendar</source>
        <translation>
            <numerusform>警告：有 %n 件未计入：其时限计算涉及尚未载入节假日日历的年份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cose</name>
    <message>
        <source>The signature header</source>
        <translation>签名头</translation>
    </message>
    <message>
        <source>The signature uses algorithm %1; only EdDSA (−8) is accepted.</source>
        <translation>签名使用的算法为 %1；只接受 EdDSA（−8）。</translation>
    </message>
    <message>
        <source>The signature header has the unexpected label %1.</source>
        <translation>签名头含有意外的标签 %1。</translation>
    </message>
    <message>
        <source>The signature header lacks the algorithm or the key id.</source>
        <translation>签名头缺少算法或密钥标识。</translation>
    </message>
    <message>
        <source>The signing key has %1 bytes; an Ed25519 secret key has %2.</source>
        <translation>签名密钥有 %1 字节；Ed25519 私钥应为 %2 字节。</translation>
    </message>
    <message>
        <source>The key id must have 1 to %1 bytes.</source>
        <translation>密钥标识须为 1 至 %1 字节。</translation>
    </message>
    <message>
        <source>The signed code has %1 bytes; no licence code has more than %2.</source>
        <translation>签名码有 %1 字节；证照码不会超过 %2 字节。</translation>
    </message>
    <message>
        <source>The signed code</source>
        <translation>签名码</translation>
    </message>
    <message>
        <source>The signed code carries tag %1; a COSE_Sign1 carries tag 18.</source>
        <translation>签名码带有标签 %1；COSE_Sign1 的标签应为 18。</translation>
    </message>
    <message>
        <source>The signed code has %1 parts; a COSE_Sign1 has 4.</source>
        <translation>签名码有 %1 个部分；COSE_Sign1 应有 4 个部分。</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; an Ed25519 signature has %2.</source>
        <translation>签名有 %1 字节；Ed25519 签名应为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Credit code must have 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <source>Credit code: character %1 is part of the area code and must be a digit, not "%2".</source>
        <translation>统一社会信用代码：第 %1 位属于行政区划码，须为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Credit code: character %1 "%2" is not allowed; credit codes use digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码：第 %1 位的“%2”不合规定；代码只能使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>Credit code: the check character is %1 but the first 17 characters call for %2; check the code for a typing error.</source>
        <translation>统一社会信用代码：校验码为 %1，但按前 17 位应为 %2，请检查是否录入有误。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库出错（%1）：%2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a OneSeal database (it is not a SQLite file at all).</source>
        <translation>%1 不是一章通数据库（根本不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a SQLite database; it may be damaged or not a OneSeal database.</source>
        <translation>无法将 %1 作为 SQLite 数据库读取，该文件可能已损坏，或不是一章通数据库。</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a OneSeal database; it was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是一章通数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer OneSeal (schema %2; this program knows up to %3). Install the newer OneSeal to open it; the file was left untouched.</source>
        <translation>%1 由较新版本的一章通写入（结构版本 %2，本程序最高支持 %3）。请安装新版一章通后打开，文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is empty; create it with "onesealctl init" first.</source>
        <translation>%1 是空的，请先用“onesealctl init”创建。</translation>
    </message>
    <message>
        <source>%1 uses schema %2 and needs upgrading to %3; open it once with OneSeal to upgrade it (a backup is made first).</source>
        <translation>%1 的结构版本为 %2，需要升级到 %3；用一章通打开一次即可升级（升级前会先备份）。</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，数据库未升级：%1</translation>
    </message>
    <message>
        <source>reading migration %1</source>
        <translation>读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was rolled back: %2</source>
        <translation>数据库升级到结构版本 %1 失败，已全部回滚：%2</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>准备语句“%1”</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>执行语句“%1”</translation>
    </message>
    <message>
        <source>running a script</source>
        <translation>执行脚本</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again (onesealctl enroll).</source>
        <translation>钥匙串没有响应，无法读取设备令牌。请解锁钥匙串，或重新注册设备（onesealctl enroll）。</translation>
    </message>
    <message>
        <source>This device has no token in the keychain: enrol it first with onesealctl enroll --db FILE --server URL --code CODE.</source>
        <translation>钥匙串中没有本设备的令牌：请先用 onesealctl enroll --db FILE --server URL --code CODE 注册。</translation>
    </message>
    <message>
        <source>The keychain could not give the device token (%1). Unlock the keychain, or enrol the device again.</source>
        <translation>钥匙串无法提供设备令牌（%1）。请解锁钥匙串，或重新注册设备。</translation>
    </message>
    <message>
        <source>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again.</source>
        <translation>钥匙串没有响应，无法读取设备令牌。请解锁钥匙串，或重新登记本设备。</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server %1 did not answer within %2 s; the work stays queued and is sent next time.</source>
        <translation>服务器 %1 在 %2 秒内没有响应；待发送的内容仍在队列中，下次同步时发送。</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2); the work stays queued and is sent next time.</source>
        <translation>无法连接服务器 %1（%2）；待发送的内容仍在队列中，下次同步时发送。</translation>
    </message>
    <message>
        <source>The answer of %1 was cut off (%2); the work stays queued and is sent next time.</source>
        <translation>%1 的应答被截断（%2）；待发送的内容仍在队列中，下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The matter needs no administrative licence</source>
        <translation>申请事项依法不需要取得行政许可</translation>
    </message>
    <message>
        <source>The matter is not within this agency's competence</source>
        <translation>申请事项依法不属于本机关职权范围</translation>
    </message>
    <message>
        <source>The materials conceal facts or are false</source>
        <translation>申请人隐瞒有关情况或者提供虚假材料</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他理由</translation>
    </message>
    <message>
        <source>The supplement deadline must be a date written as YYYY-MM-DD.</source>
        <translation>补正期限须为“年-月-日”格式的日期（例如 2025-01-01）。</translation>
    </message>
    <message>
        <source>There is no case %1; check the number on the notice.</source>
        <translation>没有编号为 %1 的办件，请核对通知书上的编号。</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>您的账号未归属任何站点，须由管理员指定。</translation>
    </message>
    <message>
        <source>The request id must be 8-64 letters, digits or hyphens.</source>
        <translation>请求标识须为 8 至 64 位字母、数字或连字符。</translation>
    </message>
    <message>
        <source>Choose whether the applicant is a person or an organisation.</source>
        <translation>请选择申请人是自然人，还是法人或其他组织。</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人名称</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and brackets.</source>
        <translation>电话号码只能包含数字、空格、+、- 和括号。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代理人：%1</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalogue; choose the item again.</source>
        <translation>事项目录中没有事项 %1，请重新选择事项。</translation>
    </message>
    <message>
        <source>Material "%1": mark it received, missing or defective.</source>
        <translation>材料“%1”：请标明已收、缺少或不符合要求。</translation>
    </message>
    <message>
        <source>Material "%1": the counts must not be negative.</source>
        <translation>材料“%1”：份数不能为负数。</translation>
    </message>
    <message>
        <source>Not all materials are at hand (%1); issue a supplement notice instead.</source>
        <translation>材料不齐全（%1），请改为出具补正材料通知书。</translation>
    </message>
    <message>
        <source>Every material is at hand; mark what is missing or defective, or accept.</source>
        <translation>材料均已齐全；请标明缺少或不符合要求的材料，或者予以受理。</translation>
    </message>
    <message>
        <source>Choose the reason for not accepting from the list.</source>
        <translation>请从列表中选择不予受理的理由。</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The site of this counter is missing.</source>
        <translation>缺少本窗口所属的站点。</translation>
    </message>
    <message>
        <source>Reason for going on</source>
        <translation>继续办理的理由</translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list (%1 entries: %2); record why you go on.</source>
        <translation>申请人在失信名单中（%1 条记录：%2），请记录继续办理的理由。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for a supplement.</source>
        <translation>办件 %1 不在待补正状态。</translation>
    </message>
    <message>
        <source>Case %1 is for another item.</source>
        <translation>办件 %1 属于其他事项。</translation>
    </message>
    <message>
        <source>A supplement notice was issued already and the materials have not changed; the one-time notice must list everything at once.</source>
        <translation>已出具过补正材料通知书，且材料没有变化；一次性告知须一次列明全部需补正的内容。</translation>
    </message>
    <message>
        <source>The supplement deadline must be a day after today.</source>
        <translation>补正期限须晚于今天。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is no item decided on the spot; it goes to the section's queue.</source>
        <translation>办件 %1 不是即办件，须转入科室审查队列。</translation>
    </message>
    <message>
        <source>Case %1 is not accepted and waiting for a decision.</source>
        <translation>办件 %1 不处于已受理、待决定的状态。</translation>
    </message>
    <message>
        <source>You accepted case %1 yourself; another approver must decide it.</source>
        <translation>办件 %1 由您本人受理，须由另一名审批负责人作出决定。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Not in due form</source>
        <translation>不符合法定形式</translation>
    </message>
    <message>
        <source>%1 original(s), %2 copy(ies)</source>
        <translation>原件 %1 份，复印件 %2 份</translation>
    </message>
    <message>
        <source>As the service guide lists it</source>
        <translation>按办事指南要求提交</translation>
    </message>
    <message>
        <source>This site has no seal in the registry; a notice cannot be issued without one.</source>
        <translation>本站点在印章登记中没有印章，无法出具通知书。</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>不存在通知书 %1。</translation>
    </message>
    <message>
        <source>Case %1 is not waiting at the counter (it is %2); it cannot be resumed here.</source>
        <translation>办件 %1 不在窗口待办（当前状态：%2），不能在此继续办理。</translation>
    </message>
    <message>
        <source>Choose accept, supplement, reject or receive.</source>
        <translation>请选择受理、补正、不予受理或收件。</translation>
    </message>
    <message>
        <source>Case %1 was received already; accept it, ask for a supplement or refuse it.</source>
        <translation>办件 %1 已收件；请作出受理、补正或不予受理的决定。</translation>
    </message>
    <message>
        <source>This applicant's application for this item is already case %1 (%2); resume that case instead of taking it in twice.</source>
        <translation>该申请人的本事项申请已是办件 %1（%2），请调出该办件继续办理，不要重复受理。</translation>
    </message>
    <message>
        <source>Case %1 is decided by %2; %3 is no approver of that section, so an approver of %2 must decide it.</source>
        <translation>案件 %1 由%2作出决定；%3 不是该科室的审批负责人，须由%2的审批负责人决定。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Event %1 does not match its hash; it was refused.</source>
        <translation>事件 %1 与其哈希值不符，已拒收。</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but number %3 was expected next.</source>
        <translation>事件 %1 是其设备的第 %2 号事件，但下一个应为第 %3 号。</translation>
    </message>
    <message>
        <source>its contents no longer match its hash: it was changed after it was written</source>
        <translation>内容与哈希值不再相符：写入后被改动过</translation>
    </message>
    <message>
        <source>its device sequence jumps from %1 to %2: an event before it is missing</source>
        <translation>设备序号从 %1 跳到 %2：此前缺失事件</translation>
    </message>
    <message>
        <source>it does not continue the hash chain of its device: an event before it was removed or replaced</source>
        <translation>未能接续其设备的哈希链：此前有事件被删除或替换</translation>
    </message>
    <message>
        <source>Event %1 claims to come from this device; only this device writes its own chain, so it was refused.</source>
        <translation>事件 %1 声称来自本设备；本设备的链只能由本设备写入，因此被拒绝。</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but this journal already holds number %3.</source>
        <translation>事件 %1 是其设备的第 %2 号事件，但本日志已有第 %3 号。</translation>
    </message>
    <message>
        <source>Event %1 does not continue the hash chain of its device; it was refused.</source>
        <translation>事件 %1 没有接续其设备的哈希链，已被拒绝。</translation>
    </message>
</context>
<context>
    <name>LicenceService</name>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发证</translation>
    </message>
    <message>
        <source>There is no seal "%1" in the seal registry; check the seal's code.</source>
        <translation>印章登记簿中没有印章“%1”，请核对印章代码。</translation>
    </message>
    <message>
        <source>There is no application with the case number "%1".</source>
        <translation>没有办件编号为“%1”的办件。</translation>
    </message>
    <message>
        <source>The seal %1 is no longer in use.</source>
        <translation>印章 %1 已停用。</translation>
    </message>
    <message>
        <source>The seal %1 belongs to another site; licences under it are issued there only.</source>
        <translation>印章 %1 属于其他站点，其证照只能在该站点出证。</translation>
    </message>
    <message>
        <source>The seal %1 has no signing key yet; the security administrator makes one with "onesealctl seal keygen".</source>
        <translation>印章 %1 尚无签名密钥，须由安全管理员用“onesealctl seal keygen”生成。</translation>
    </message>
    <message>
        <source>The application %1 is %2; only an application decided 准予 gets a licence.</source>
        <translation>办件 %1 的状态为“%2”；只有决定准予许可的办件才能出证。</translation>
    </message>
    <message>
        <source>The item's result is printed on the template "%1", not "%2".</source>
        <translation>该事项的结果文书使用模板“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <source>The application %1 has the licence %2 already; reprint it, or void it first.</source>
        <translation>办件 %1 已有证照 %2；请补打该证照，或先将其作废。</translation>
    </message>
    <message>
        <source>The validity end %1 lies in the past.</source>
        <translation>有效期截止日 %1 已过。</translation>
    </message>
    <message>
        <source>There is no licence with the serial "%1".</source>
        <translation>没有编号为“%1”的证照。</translation>
    </message>
    <message>
        <source>A second person must confirm this: an approver or another seal keeper signs in with their own password.</source>
        <translation>此操作须由第二人确认：审批负责人或另一名用印员用本人密码登录。</translation>
    </message>
    <message>
        <source>The second person must be someone other than %1.</source>
        <translation>第二人须为 %1 以外的其他人。</translation>
    </message>
    <message>
        <source>%1 is neither an approver nor a seal keeper and cannot confirm this.</source>
        <translation>%1 既不是审批负责人也不是用印员，不能确认此操作。</translation>
    </message>
    <message>
        <source>Say why the licence is printed again (lost, damaged …).</source>
        <translation>请说明补打证照的原因（遗失、损毁等）。</translation>
    </message>
    <message>
        <source>The licence %1 is %2 and cannot be printed.</source>
        <translation>证照 %1 的状态为“%2”，不能打印。</translation>
    </message>
    <message>
        <source>The seal %1 belongs to another site; its licences are printed there.</source>
        <translation>印章 %1 属于其他站点，其证照须在该站点打印。</translation>
    </message>
    <message>
        <source>Print at least one copy.</source>
        <translation>至少打印一份。</translation>
    </message>
    <message>
        <source>Name the printer (or the PDF file) the licence goes to.</source>
        <translation>请写明证照送往的打印机（或 PDF 文件）。</translation>
    </message>
    <message>
        <source>The security-paper sheet %1 was used or spoiled before; take the next sheet.</source>
        <translation>防伪纸 %1 已使用或已登记作废，请取下一张。</translation>
    </message>
    <message>
        <source>The licence %1 was printed before; a further print is a reprint, with a reason and a second person.</source>
        <translation>证照 %1 已打印过；再次打印属于补打，须说明原因并由第二人确认。</translation>
    </message>
    <message>
        <source>The licence %1 has not been printed yet; print it first.</source>
        <translation>证照 %1 尚未打印，请先打印。</translation>
    </message>
    <message>
        <source>Someone else printed %1 at the same moment; print again.</source>
        <translation>有人同时打印了 %1，请重新打印。</translation>
    </message>
    <message>
        <source>Say why the licence is voided.</source>
        <translation>请说明作废证照的原因。</translation>
    </message>
    <message>
        <source>The licence %1 is %2 already.</source>
        <translation>证照 %1 已是“%2”状态。</translation>
    </message>
    <message>
        <source>Give the decision by which the licence is revoked.</source>
        <translation>请写明撤销该证照所依据的决定。</translation>
    </message>
    <message>
        <source>Give the spoiled sheet's stock number.</source>
        <translation>请写明作废纸张的防伪纸编号。</translation>
    </message>
    <message>
        <source>Say how the sheet was spoiled.</source>
        <translation>请说明纸张作废的原因。</translation>
    </message>
    <message>
        <source>The sheet %1 is recorded as spoiled already.</source>
        <translation>纸张 %1 已登记为作废。</translation>
    </message>
    <message>
        <source>This site has no window %1.</source>
        <translation>本站点没有窗口 %1。</translation>
    </message>
    <message>
        <source>No seal in the registry has the key %1.</source>
        <translation>印章登记簿中没有任何印章使用密钥 %1。</translation>
    </message>
    <message>
        <source>The code names the seal %1 but is signed with a key of the seal %2.</source>
        <translation>该码标明的印章是 %1，但签名所用的是印章 %2 的密钥。</translation>
    </message>
    <message>
        <source>The seal's signature is genuine, but this register has no licence %1 (not synchronised yet?).</source>
        <translation>印章签名为真，但本登记簿中没有证照 %1（可能尚未同步）。</translation>
    </message>
    <message>
        <source>The code is signed, but does not match print %1 of %2 in the register.</source>
        <translation>该码带有有效签名，但与登记簿中 %2 的第 %1 次打印记录不符。</translation>
    </message>
    <message>
        <source>The licence %1 was issued under another seal.</source>
        <translation>证照 %1 是以其他印章签发的。</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>The licence %1 was revoked on %2 by %3 (%4): it must not be handed over. Keep the sheet and refer the holder to the approval section. The register is as of the last sync with the central store (%5).</source>
        <translation>许可证 %1 已于 %2 由 %3 撤销（%4），不得送达。请留存该证书，并请持证人与审批科联系。登记簿状态以最近一次与中心库同步时为准（%5）。</translation>
    </message>
    <message>
        <source>The licence %1 was voided on %2 by %3 (%4): it must not be handed over. The register is as of the last sync with the central store (%5).</source>
        <translation>许可证 %1 已于 %2 由 %3 作废（%4），不得送达。登记簿状态以最近一次与中心库同步时为准（%5）。</translation>
    </message>
    <message>
        <source>The licence %1 belongs to an application of another site; it is handed over where the application was taken in.</source>
        <translation>许可证 %1 属于其他站点受理的办件，应在受理该办件的站点送达。</translation>
    </message>
    <message>
        <source>The licence %1 was handed over already.</source>
        <translation>许可证 %1 已经送达。</translation>
    </message>
    <message>
        <source>The licence %1 has not been printed yet; print it before handing it over.</source>
        <translation>许可证 %1 尚未打印；请先打印再送达。</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>没有文书 %1。</translation>
    </message>
    <message>
        <source>The notice %1 was issued at another site and is printed there.</source>
        <translation>文书 %1 由其他站点出具，须在该站点打印。</translation>
    </message>
    <message>
        <source>Name the printer (or the PDF file) the notice goes to.</source>
        <translation>请指定打印该文书的打印机（或 PDF 文件）。</translation>
    </message>
    <message>
        <source>acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>rejection notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>supplement notice</source>
        <translation>补正材料通知书</translation>
    </message>
    <message>
        <source>supplement receipt</source>
        <translation>补正材料接收凭证</translation>
    </message>
    <message>
        <source>application receipt</source>
        <translation>申请材料接收凭证</translation>
    </message>
    <message>
        <source>special procedure notice</source>
        <translation>特别程序告知书</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <source>grant decision</source>
        <translation>准予行政许可决定书</translation>
    </message>
    <message>
        <source>refusal decision</source>
        <translation>不予行政许可决定书</translation>
    </message>
    <message>
        <source>Only a seal keeper prints the %1 %2; %3 is none.</source>
        <translation>%1 %2 只能由用印员打印；%3 不是用印员。</translation>
    </message>
    <message>
        <source>Printing the %1 %2 needs the right to apply a seal or to %3, which issues it; %4 holds neither.</source>
        <translation>打印%1 %2 需要用印权限，或出具该文书的“%3”权限；%4 两者都没有。</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a case of %3; %4 works for another section, so %3 or the seal keeper prints it.</source>
        <translation>%1 %2 属于%3的案件；%4 在其他科室工作，应由%3或用印员打印。</translation>
    </message>
</context>
<context>
    <name>LicenceToken</name>
    <message>
        <source>The licence code</source>
        <translation>证照码</translation>
    </message>
    <message>
        <source>The licence code repeats or reorders field %1.</source>
        <translation>证照码中的字段 %1 重复或顺序错误。</translation>
    </message>
    <message>
        <source>Field %1 of the licence code is out of range.</source>
        <translation>证照码中的字段 %1 超出范围。</translation>
    </message>
    <message>
        <source>Field %1 of the licence code is no date.</source>
        <translation>证照码中的字段 %1 不是日期。</translation>
    </message>
    <message>
        <source>The licence code has the unknown field %1.</source>
        <translation>证照码含有未知字段 %1。</translation>
    </message>
    <message>
        <source>The licence code lacks the issuer, serial, print number, date or record hash.</source>
        <translation>证照码缺少签发机关、编号、打印序号、日期或登记记录摘要。</translation>
    </message>
    <message>
        <source>The text has %1 characters; no licence code has more than %2.</source>
        <translation>文本有 %1 个字符；证照码不会超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The text does not start with "%1"; it is not a OneSeal licence code.</source>
        <translation>文本不以“%1”开头，不是一章通的证照码。</translation>
    </message>
    <message>
        <source>The signature does not match the seal's key.</source>
        <translation>签名与印章的密钥不符。</translation>
    </message>
</context>
<context>
    <name>OneSeal::AdminWorkspace</name>
    <message>
        <source>Catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>the item catalogue, the organisation, the calendar and the settings</source>
        <translation>事项目录、组织机构、日历和系统设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>accounts and passwords</source>
        <translation>账号与密码</translation>
    </message>
    <message>
        <source>roles and account unlocking</source>
        <translation>角色分配与账号解锁</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Managing the seals' signing keys and the devices' credentials is still being built. It will generate and rotate each seal's key pair, keep the private keys in the system keychain, enrol and withdraw counter computers, and show the public keys that licences are verified against. Nothing here works yet.</source>
        <translation>印章签名密钥和设备凭据的管理功能尚在建设中。建成后将用于生成和轮换各枚印章的密钥对、把私钥保存在系统密钥环中、登记和注销窗口计算机，并公示核验证照所用的公钥。目前此处尚无可用功能。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>密钥管理</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>reading and verifying the audit log</source>
        <translation>查阅和校验审计日志</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Your part of the administration: %1. Administrators hold no business right, and business staff no administrator right.</source>
        <translation>您负责的管理工作：%1。管理员不具有业务权限，业务人员也不具有管理权限。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>OneSeal::ApplicationsWorkspace</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>办理站点</translation>
    </message>
    <message>
        <source>Filter by case number, item, applicant or state</source>
        <translation>按办件编号、事项、申请人或状态筛选</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Applications by state: %1</source>
        <translation>各状态办件数：%1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>办件列表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>OneSeal::AuditPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Subject ID</source>
        <translation>对象标识</translation>
    </message>
    <message>
        <source>Filter by user, event, subject or date</source>
        <translation>按用户、事件、对象或日期筛选</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>校验日志(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every event's hash and check each device's chain</source>
        <translation>重新计算每个事件的哈希值，并检查每台设备的哈希链</translation>
    </message>
    <message>
        <source>System set-up</source>
        <translation>系统初始化</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n event(s) verify.</source>
        <translation>
            <numerusform>完好：全部 %n 个事件均校验通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at event No. %1 (%2): %3</source>
        <translation>在第 %1 号事件（%2）处断裂：%3</translation>
    </message>
</context>
<context>
    <name>OneSeal::CalendarPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Filter by date or holiday</source>
        <translation>按日期或节日筛选</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Import year...</source>
        <translation>导入年度日历(&amp;I)…</translation>
    </message>
    <message>
        <source>Due date calculator</source>
        <translation>办结期限计算器</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>The start day is not counted: day 1 is the first working day after it.</source>
        <translation>起始日不计入：第 1 日为起始日之后的第一个工作日。</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>办理时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day (adjusted)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Import calendar year</source>
        <translation>导入年度日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>节假日日历 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The calendar has %1 already. Replace it with the file's schedule? Due dates computed from now on follow the new schedule.</source>
        <translation>日历中已有 %1 年。要用文件中的安排替换吗？此后计算的办结期限将按新安排执行。</translation>
    </message>
    <message>
        <source>The calendar of %1 was imported.</source>
        <translation>已导入 %1 年日历。</translation>
    </message>
    <message>
        <source>Import a year's schedule as the State Council publishes it (JSON)</source>
        <translation>导入国务院公布的年度放假安排（JSON 格式）</translation>
    </message>
</context>
<context>
    <name>OneSeal::CataloguePage</name>
    <message>
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>窗口类别</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>审批科室</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>办理层级</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Filter by name, pinyin initials or code</source>
        <translation>按名称、拼音首字母或编码筛选</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>新建事项(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON or CSV); items are matched by implementation code</source>
        <translation>导入事项目录文件（JSON 或 CSV），按实施编码对应事项</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The item was saved.</source>
        <translation>事项已保存。</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.csv);;All files (*)</source>
        <translation>事项目录文件 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import %1? Items with the same implementation code are replaced by the file's version; this cannot be undone.</source>
        <translation>要导入 %1 吗？实施编码相同的事项将被文件中的版本替换，此操作无法撤销。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何事项。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>导入完成：新增 %1 项，修改 %2 项，未变 %3 项。</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <source>The catalogue was exported to %1.</source>
        <translation>事项目录已导出到 %1。</translation>
    </message>
    <message>
        <source>Export the whole catalogue as JSON, or as CSV for spreadsheets</source>
        <translation>将整个事项目录导出为 JSON，或导出为可用电子表格打开的 CSV</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON 文件 (*.json);;电子表格用 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Promised days</source>
        <translation>承诺工作日</translation>
    </message>
    <message>
        <source>Statutory days</source>
        <translation>法定工作日</translation>
    </message>
</context>
<context>
    <name>OneSeal::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Before you start, replace the password you were given with one only you know.</source>
        <translation>开始工作前，请把发给您的初始密码改为只有您本人知道的密码。</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <source>At least 8 characters, with at least three of: lower-case letters, capital letters, digits, other characters.</source>
        <translation>至少 8 位，且包含小写字母、大写字母、数字、其他字符中的至少三类。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>OneSeal::Client</name>
    <message>
        <source>OneSeal</source>
        <translation>一章通</translation>
    </message>
    <message>
        <source>The OneSeal database to work on.</source>
        <translation>要使用的一章通数据库。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认，简体中文）或 en（英语）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sign in without dialogs, save the main window as a PNG and exit.</source>
        <translation>不经对话框直接登录，将主窗口保存为 PNG 图片后退出。</translation>
    </message>
    <message>
        <source>The user name, for --screenshot.</source>
        <translation>用户名，用于 --screenshot。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The password, for --screenshot.</source>
        <translation>密码，用于 --screenshot。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Which database should OneSeal open? Start it with --db FILE, for example oneseal --db /var/lib/oneseal/oneseal.db.</source>
        <translation>一章通要打开哪个数据库？请用 --db 文件 启动，例如 oneseal --db /var/lib/oneseal/oneseal.db。</translation>
    </message>
    <message>
        <source>OneSeal cannot open %1: %2</source>
        <translation>一章通无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Signing in as %1 failed: %2</source>
        <translation>以 %1 身份登录失败：%2</translation>
    </message>
    <message>
        <source>The screenshot cannot be written to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>OneSeal::ConflictsDialog</name>
    <message>
        <source>Made at</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>被拒绝原因</translation>
    </message>
    <message>
        <source>Filter by case number, step, person or reason</source>
        <translation>按办件编号、操作、经办人或原因筛选</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>打开办件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>重新提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mark seen</source>
        <translation>标记已阅(&amp;M)</translation>
    </message>
    <message>
        <source>Steps the central store refused</source>
        <translation>被中心库拒绝的操作</translation>
    </message>
    <message>
        <source>These steps made at this window were refused by the central store and are not part of the records. Redo each one, or mark it seen once it is dealt with.</source>
        <translation>以下在本窗口办理的操作被中心库拒绝，未计入正式记录。请逐项重新办理，处理完毕后标记为已阅。</translation>
    </message>
    <message>
        <source>Mark seen (Del)</source>
        <translation>标记已阅（Del）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No refused steps: everything this window did is in the central records.</source>
        <translation>没有被拒绝的操作：本窗口办理的事项均已计入中心记录。</translation>
    </message>
    <message>
        <source>%1 by %2 at %3%4.
Why: %5
What to do: %6
Refusal received %7 (code %8).</source>
        <translation>%1：%2 于 %3 办理%4。
原因：%5
处理办法：%6
收到拒绝通知：%7（代码 %8）。</translation>
    </message>
    <message>
        <source>, case %1</source>
        <translation>，办件 %1</translation>
    </message>
    <message>
        <source>The step was recorded again and goes to the central store with the next sync.</source>
        <translation>该操作已重新登记，将在下次同步时提交中心库。</translation>
    </message>
</context>
<context>
    <name>OneSeal::CorrectionDialog</name>
    <message>
        <source>Correct a decision</source>
        <translation>更正决定</translation>
    </message>
    <message>
        <source>Case %1 is decided. As the section chief you may correct the decision while it is not yet printed; the correction and its reason stay in the record, and a new decision document is issued.</source>
        <translation>办件 %1 已作出决定。作为科室负责人，你可以在制证之前更正该决定；更正及其理由将永久记录，并重新出具决定书。</translation>
    </message>
    <message>
        <source>Grant (准予)</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Refuse (不予)</source>
        <translation>不予</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>&amp;Corrected decision:</source>
        <translation>更正后的决定(&amp;C)：</translation>
    </message>
    <message>
        <source>R&amp;easons (needed to refuse):</source>
        <translation>理由（不予许可时必填）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Why the decision is corrected:</source>
        <translation>更正原因(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;orrect...</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>Correct the decision on case %1?</source>
        <translation>更正办件 %1 的决定？</translation>
    </message>
    <message>
        <source>Change the decision on case %1 to "%2"? The correction is recorded for good and cannot be taken back; a new decision document is issued under the next number.</source>
        <translation>将办件 %1 的决定更正为“%2”？更正一经记录即不能撤回，并以下一个文号重新出具决定书。</translation>
    </message>
    <message>
        <source>&amp;Yes, correct</source>
        <translation>确定更正(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>OneSeal::Dashboard</name>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>%v of %m cases</source>
        <translation>已读 %v / %m 件</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV (Ctrl+E)</source>
        <translation>导出 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日(&amp;T)</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>时间范围(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>统计口径(&amp;B)</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>统计（Ctrl+回车）</translation>
    </message>
    <message>
        <source>The range ends before it starts; set the first day (From) on or before the last (To).</source>
        <translation>截止日早于起始日；请将起始日设为不晚于截止日。</translation>
    </message>
    <message>
        <source>Reading the cases from %1 to %2…</source>
        <translation>正在统计 %1 至 %2 的办件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Overdue cases (%1)</source>
        <translation>超期办件（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n case(s), on-time rate %3, backlog %4, overdue %5.</source>
        <translation>
            <numerusform>%1 至 %2：共 %n 件，按时办结率 %3，积压 %4 件，超期 %5 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases are read on today, %1.</source>
        <translation>未办结的按今天（%1）计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out: their clock runs into a year without a holiday calendar.</source>
        <translation>
            <numerusform>有 %n 件未计入：其时限计算涉及尚未载入节假日日历的年份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are those of the report before.</source>
        <translation>已取消；当前显示的是上一次统计的数据。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>电子表格 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请另选文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>受理站点(&amp;S)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OneSeal::DashboardCharts</name>
    <message>
        <source>Backlog and overdue</source>
        <translation>积压与超期</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>按时办结率（%）</translation>
    </message>
    <message>
        <source>Working days with the agency and with the applicant</source>
        <translation>机关用时与申请人用时（工作日）</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>With the agency</source>
        <translation>机关用时</translation>
    </message>
    <message>
        <source>With the applicant</source>
        <translation>申请人用时</translation>
    </message>
    <message>
        <source> (the %1 groups with most cases)</source>
        <translation>（办件最多的 %1 项）</translation>
    </message>
</context>
<context>
    <name>OneSeal::DeviceEnrolDialog</name>
    <message>
        <source>Enrol this device with the central store</source>
        <translation>向中心库登记本设备</translation>
    </message>
    <message>
        <source>Connects this database (device %1) to the central store, so that its work is sent there and the other sites' work arrives here. Ask the central administrator for a one-time code for this site.</source>
        <translation>将本数据库（设备 %1）接入中心库：本机办理的事项上传到中心库，其他站点的事项同步到本机。请向中心管理员索取本站点的一次性登记码。</translation>
    </message>
    <message>
        <source>as printed by the central administrator</source>
        <translation>中心管理员提供的登记码</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性登记码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Type the central store's address with http:// or https:// in front, for example https://oneseal.example.gov.cn.</source>
        <translation>请填写中心库地址，以 http:// 或 https:// 开头，例如 https://oneseal.example.gov.cn。</translation>
    </message>
    <message>
        <source>Type the one-time code that the central administrator gave you.</source>
        <translation>请填写中心管理员提供的一次性登记码。</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The central store at %1 could not be reached. Check this address (as the central administrator gave it), that the server is running and that this computer is on the network, then try again.</source>
        <translation>无法连接中心库 %1。请核对此处的服务器地址（以中心管理员提供的为准）、服务器是否在运行、本机网络是否畅通，然后重试。</translation>
    </message>
    <message>
        <source>The central store does not accept this code: it is wrong, used already or expired. Check it, or ask the central administrator for a new one (oneseal-server enrol-code --site SITE).</source>
        <translation>中心库不接受此登记码：登记码有误、已被使用或已过期。请核对，或请中心管理员重新生成（oneseal-server enrol-code --site 站点代码）。</translation>
    </message>
    <message>
        <source>The enrolment failed: %1</source>
        <translation>登记失败：%1</translation>
    </message>
    <message>
        <source>Saving the device token…</source>
        <translation>正在保存设备令牌…</translation>
    </message>
    <message>
        <source>Enrolled for site %1. The device token is kept in the system keychain; the sync starts now.</source>
        <translation>已登记到站点 %1。设备令牌保存在系统钥匙串中，现在开始同步。</translation>
    </message>
    <message>
        <source>Enrolled for site %1, but no keychain answered. The device token is kept in memory for this session only and is not saved anywhere: the sync works until the client is closed, then the device must be enrolled again with a new code. To keep it, start the system's keychain (Secret Service) and enrol again.</source>
        <translation>已登记到站点 %1，但未能连接钥匙串。设备令牌仅在本次会话中保存在内存里，不写入任何文件：关闭客户端之前同步照常进行，之后须用新的登记码重新登记本设备。如需长期保存，请启用系统钥匙串（Secret Service）后重新登记。</translation>
    </message>
</context>
<context>
    <name>OneSeal::EnforcementWorkspace</name>
    <message>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>Here enforcement officers will register the case leads from supervision as cases, record investigations and penalty decisions from the unified penalty standards, and send the outcome back to the licence and the credit record.</source>
        <translation>执法人员将在此把监管移送的案件线索立案，依据统一的处罚裁量基准记录调查和处罚决定，并将处理结果反馈到许可证照和信用记录。</translation>
    </message>
    <message>
        <source>Enforcement is still being built and there are no case leads yet. Until then this workspace changes nothing; the table shows the licences in force at your site, to look up a holder, read-only.</source>
        <translation>本工作台的执法功能尚在建设中，目前还没有案件线索。在此之前本工作台不改动任何数据；下表列出本站点现有的有效许可，供查询持证人，只读。</translation>
    </message>
</context>
<context>
    <name>OneSeal::ExtensionDialog</name>
    <message>
        <source>&amp;Joint handling (+15 working days)</source>
        <translation>统一、联合或集中办理（延长 15 个工作日）(&amp;J)</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长办理期限</translation>
    </message>
    <message>
        <source> The statutory due date now is %1.</source>
        <translation>目前的法定办结日为 %1。</translation>
    </message>
    <message>
        <source>Case %1 can be extended once, by 10 working days (15 for joint handling), with the section chief's approval and the reason, which the 延期告知书 tells the applicant.%2</source>
        <translation>办件 %1 经科室负责人批准可延期一次：延长 10 个工作日（统一、联合或集中办理的延长 15 个工作日），并须说明理由，由延期告知书告知申请人。%2</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>&amp;Reason for the extension:</source>
        <translation>延期理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Extend...</source>
        <translation>延期(&amp;E)…</translation>
    </message>
    <message>
        <source>Extend case %1?</source>
        <translation>延长办件 %1 的期限？</translation>
    </message>
    <message>
        <source>Extend case %1 by %2 working days? The law allows one extension only: once recorded it cannot be undone, and the 延期告知书 is issued under the next number.</source>
        <translation>将办件 %1 的办理期限延长 %2 个工作日？法律只允许延期一次：一经记录即不能撤销，并以下一个文号出具延期告知书。</translation>
    </message>
    <message>
        <source>&amp;Yes, extend</source>
        <translation>确定延期(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>OneSeal::FilteredTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
</context>
<context>
    <name>OneSeal::ImportProblemsDialog</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Correct them all and import the file again.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题，未导入任何内容。请全部改正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>文本行号</translation>
    </message>
</context>
<context>
    <name>OneSeal::IntakeWorkspace</name>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新办件</translation>
    </message>
    <message>
        <source>Find or register the applicant (the dishonesty list is checked as you leave the identifier), choose the catalogue item, tick off the materials handed in against its list, and then accept the application, ask once for everything missing, or refuse it, each with its sealed notice.</source>
        <translation>查找或登记申请人（离开证件号码栏时即核查失信名单），选择事项，对照材料清单逐项核收，然后受理、一次性告知补正或不予受理，并出具加盖印章的通知书。</translation>
    </message>
    <message>
        <source>Space marks a material received; Ctrl+Enter accepts. The second tab lists your site's applications at the counter.</source>
        <translation>空格键标记材料已收；Ctrl+回车键受理。第二个标签页列出本窗口办件。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Resident ID number or unified social credit code</source>
        <translation>公民身份号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reason for going on</source>
        <translation>继续办理理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <source>Only when someone applies on the applicant's behalf</source>
        <translation>仅在他人代为申请时填写</translation>
    </message>
    <message>
        <source>A&amp;gent name</source>
        <translation>代理人姓名(&amp;G)</translation>
    </message>
    <message>
        <source>Agent ID number</source>
        <translation>代理人身份证号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation>收取材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When not accepting</source>
        <translation>不予受理时填写</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>理由(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>说明(&amp;X)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>法律依据(&amp;B)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Accept (Ctrl+Enter)</source>
        <translation>受理（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Next applicant (clear form)</source>
        <translation>下一位申请人（清空表单）</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>• %1: %2. Basis: %3. %4, %5 to %6.</source>
        <translation>• %1：%2。依据：%3。%4，%5 至 %6。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose an item to see its service guide.</source>
        <translation>选择事项后显示办事指南。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Time limits:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>statutory %1 working days, promised %2 working days</source>
        <translation>法定 %1 个工作日，承诺 %2 个工作日</translation>
    </message>
    <message>
        <source>Decided on the spot.</source>
        <translation>即办件，当场决定。</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>受理条件：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>申请材料：</translation>
    </message>
    <message>
        <source>%1 original(s), %2 copy(ies)</source>
        <translation>原件 %1 份，复印件 %2 份</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（非必需）</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（非必需）</translation>
    </message>
    <message>
        <source>Accepted. Case number %1, notice %2, due %3.</source>
        <translation>已受理。办件编号 %1，文号 %2，办结期限 %3。</translation>
    </message>
    <message>
        <source>Supplement requested. Case number %1, notice %2.</source>
        <translation>已一次性告知补正。办件编号 %1，文号 %2。</translation>
    </message>
    <message>
        <source>Not accepted. Case number %1, notice %2.</source>
        <translation>不予受理。办件编号 %1，文号 %2。</translation>
    </message>
    <message>
        <source>This form was submitted before; nothing new was recorded.</source>
        <translation>本表单此前已提交，未重复登记。</translation>
    </message>
    <message numerus="yes">
        <source>On the dishonesty list: %n entry(ies). Record below why you go on.</source>
        <translation>
            <numerusform>在失信名单中：%n 条记录。请在下方填写继续办理的理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>另存为 PDF…（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Decide on the spot… (Ctrl+D)</source>
        <translation>当场决定…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Case number from the notice (scan its barcode or type it); Enter loads it</source>
        <translation>通知书上的办件编号（扫描条码或手工输入），按回车键调出</translation>
    </message>
    <message>
        <source>Go on with case (Ctrl+R):</source>
        <translation>继续办理办件（Ctrl+R）：</translation>
    </message>
    <message>
        <source>Supplement receipt %1.</source>
        <translation>补正材料接收凭证 %1。</translation>
    </message>
    <message>
        <source>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</source>
        <translation>补正通知晚于收到申请材料之日起5个工作日发出：受理自收到申请材料之日起计算。</translation>
    </message>
    <message>
        <source>Taken in here for %1 (代收代办); %1 holds the case now.</source>
        <translation>本窗口代收，由%1代办；办件现由%1办理。</translation>
    </message>
    <message>
        <source>Ctrl+P prints, Ctrl+S saves as PDF.</source>
        <translation>按 Ctrl+P 打印，按 Ctrl+S 另存为 PDF。</translation>
    </message>
    <message>
        <source>This item can be decided at the window: Ctrl+D asks an approver.</source>
        <translation>本事项为即办件，可当场决定：按 Ctrl+D 请审批负责人决定。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s).</source>
        <translation>
            <numerusform>已打印 %n 份文书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with case %1: tick what the applicant brought, then decide.</source>
        <translation>继续办理办件 %1：请核收申请人补交的材料，然后作出处理。</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件（份）</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复印件（份）</translation>
    </message>
    <message>
        <source>Space: received or missing. D: defective. Left arrow to the originals and copies and type the number handed in; right arrow to the Note column and type what is wrong.</source>
        <translation>空格键：已收或缺少。D 键：有缺陷。向左方向键移到“原件”“复印件”列，输入实际收到的份数；向右方向键移到“说明”列，输入存在的问题。</translation>
    </message>
    <message>
        <source>Receive only, decide later</source>
        <translation>收件（五个工作日内审查决定）</translation>
    </message>
    <message>
        <source>An agent needs their own resident ID number; type it, or clear the agent's name.</source>
        <translation>代理人须填写本人的居民身份证号码；请输入，或清空代理人姓名。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代理人：%1</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1.%2 yuan</source>
        <translation>%1.%2 元</translation>
    </message>
    <message>
        <source>Special procedures:</source>
        <translation>特别程序：</translation>
    </message>
    <message>
        <source>their time does not count towards the limits.</source>
        <translation>所需时间不计入上述时限。</translation>
    </message>
    <message numerus="yes">
        <source>about %n working day(s)</source>
        <translation>
            <numerusform>约 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>设定依据：</translation>
    </message>
    <message>
        <source>The service guide asks for %1 original(s) and %2 copy(ies).</source>
        <translation>办事指南要求原件 %1 份、复印件 %2 份。</translation>
    </message>
    <message>
        <source>Fewer than asked for. %1</source>
        <translation>少于要求的份数。%1</translation>
    </message>
    <message>
        <source>Materials received. Case number %1, receipt %2. Examine them within 5 working days; Ctrl+R and the case number bring the case back to accept it, ask for a supplement or refuse it.</source>
        <translation>已收件。办件编号 %1，接收凭证 %2。请在五个工作日内审查材料；按 Ctrl+R 并输入办件编号调出本件，再作出受理、补正或不予受理的决定。</translation>
    </message>
    <message>
        <source>Granted on the spot by %1, decision %2.</source>
        <translation>已由 %1 当场准予许可，决定书 %2。</translation>
    </message>
    <message>
        <source>Refused on the spot by %1, decision %2.</source>
        <translation>已由 %1 当场决定不予许可，决定书 %2。</translation>
    </message>
    <message>
        <source>Ctrl+P prints the notice with the decision.</source>
        <translation>按 Ctrl+P 打印通知书和决定书。</translation>
    </message>
    <message>
        <source>Type the name, pinyin initials or code; Page Down scrolls the guide; Enter goes on to the materials</source>
        <translation>输入名称、拼音首字母或编码；下翻页键翻看办事指南；回车键转到材料</translation>
    </message>
    <message>
        <source>On record: %1. Check it with the applicant.</source>
        <translation>档案中已有：%1。请与申请人核对。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>OneSeal::ItemEditorDialog</name>
    <message>
        <source>Decided on the spot</source>
        <translation>即办件（当场办结）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用（可受理）</translation>
    </message>
    <message>
        <source>New catalogue item</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <source>Edit catalogue item</source>
        <translation>编辑事项</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>条文内容</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Expected working days</source>
        <translation>预计工作日</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Legal basis of the fee</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Implementation code:</source>
        <translation>实施编码：</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>基本编码：</translation>
    </message>
    <message>
        <source>Item name:</source>
        <translation>事项名称：</translation>
    </message>
    <message>
        <source>Pinyin initials:</source>
        <translation>拼音首字母：</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>事项类型：</translation>
    </message>
    <message>
        <source>Implementing agency:</source>
        <translation>实施机关：</translation>
    </message>
    <message>
        <source>Result document:</source>
        <translation>结果文书：</translation>
    </message>
    <message>
        <source>Result template:</source>
        <translation>文书模板：</translation>
    </message>
    <message>
        <source>Window kind:</source>
        <translation>窗口类别：</translation>
    </message>
    <message>
        <source>Deciding section:</source>
        <translation>审批科室：</translation>
    </message>
    <message>
        <source>Supervising department:</source>
        <translation>监管部门：</translation>
    </message>
    <message>
        <source>Statutory time limit:</source>
        <translation>法定时限：</translation>
    </message>
    <message>
        <source>Promised time limit:</source>
        <translation>承诺时限：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>办理层级：</translation>
    </message>
    <message>
        <source>Acceptance conditions:</source>
        <translation>受理条件：</translation>
    </message>
    <message>
        <source>Review standard:</source>
        <translation>审查标准：</translation>
    </message>
    <message>
        <source>The time of a special procedure does not count towards the time limit (Administrative Licensing Law, Art. 45).</source>
        <translation>特别程序所需时间不计入办理时限（《行政许可法》第四十五条）。</translation>
    </message>
    <message>
        <source>Fees (licensing is free unless a law provides otherwise):</source>
        <translation>收费（法律、行政法规另有规定的除外，行政许可不收费）：</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Special procedures and fees</source>
        <translation>特别程序与收费</translation>
    </message>
    <message>
        <source>Row %1: write the amount in yuan, for example 12.50.</source>
        <translation>第 %1 行：请以元为单位填写金额，例如 12.50。</translation>
    </message>
    <message>
        <source>Lower-case pinyin initials of the name</source>
        <translation>事项名称的小写拼音首字母</translation>
    </message>
    <message>
        <source>Choose the section</source>
        <translation>请选择审批科室</translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation>请选择监管部门</translation>
    </message>
</context>
<context>
    <name>OneSeal::LicenceIssueDialog</name>
    <message>
        <source>Issue licence for case %1</source>
        <translation>为办件 %1 发证</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), printed as %4. The licence gets the seal's next serial; check every particular against the decision before you issue it.</source>
        <translation>%1，持证人 %2（%3），以《%4》打印。证照将取得该印章的下一个编号；发证前请对照许可决定逐项核对。</translation>
    </message>
    <message>
        <source>%1 %2 (no signing key)</source>
        <translation>%1 %2（无签名密钥）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when it does not expire</source>
        <translation>年-月-日，长期有效则留空</translation>
    </message>
    <message>
        <source>&amp;Seal:</source>
        <translation>印章(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Issue licence</source>
        <translation>发证(&amp;I)</translation>
    </message>
    <message>
        <source>Write the date as 2031-11-27, or leave it empty when the licence does not expire.</source>
        <translation>日期请写作 2031-11-27；长期有效则留空。</translation>
    </message>
    <message>
        <source>Fill this in: the licence prints it.</source>
        <translation>请填写此项：证照上会打印。</translation>
    </message>
</context>
<context>
    <name>OneSeal::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>OneSeal is locked</source>
        <translation>一章通已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password to go on, or sign out so that someone else can sign in.</source>
        <translation>当前登录用户：%1。输入密码继续工作，或注销后由他人登录。</translation>
    </message>
</context>
<context>
    <name>OneSeal::MainWindow</name>
    <message>
        <source>OneSeal</source>
        <translation>一章通</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>受理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审查审批(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print centre</source>
        <translation>制证用印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>监管(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Enforcement</source>
        <translation>执法(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Your account has no role yet, so there is no workspace for you. Ask the security administrator to assign your roles, then sign in again.</source>
        <translation>您的账号尚未分配角色，因此没有可用的工作台。请安全管理员为您分配角色后重新登录。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneSeal</source>
        <translation>关于一章通(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>无站点</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 - OneSeal</source>
        <translation>%1 - 一章通</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About OneSeal</source>
        <translation>关于一章通</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneSeal %1&lt;/h3&gt;&lt;p&gt;The counter-service system of the administrative approval bureau: one front desk takes every application in, one seal issues every licence, and results flow on to supervision and enforcement.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一章通 %1&lt;/h3&gt;&lt;p&gt;行政审批局政务服务窗口系统：一窗受理所有申请，一枚印章管审批，审批结果推送监管与执法，形成“审管执”闭环。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refused s&amp;teps...</source>
        <translation>被拒绝的操作(&amp;T)...</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>None of your workspaces lists applications; the case is %1.</source>
        <translation>您的工作台中没有办件列表；该办件编号为 %1。</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>统计看板(&amp;D)</translation>
    </message>
    <message>
        <source>Hall dashboard</source>
        <translation>大厅统计看板</translation>
    </message>
    <message>
        <source>The figures of every section and every window of the hall: backlog, on-time rate, overdue cases and the days with the agency against the days with the applicant. Read only: cases are decided in the sections' queues.</source>
        <translation>大厅各科室、各窗口的统计数据：积压、按时办结率、超期办件，以及机关用时与申请人用时。仅供查看：案件在各科室的审批队列中决定。</translation>
    </message>
    <message>
        <source>Read the current workspace again (F5)</source>
        <translation>重新读取当前工作台（F5）</translation>
    </message>
    <message>
        <source>Send this window&apos;s steps to the central store and fetch the other sites&apos; now (F12)</source>
        <translation>立即把本窗口的操作发送到中心库，并取回其他站点的操作（F12）</translation>
    </message>
</context>
<context>
    <name>OneSeal::OnTheSpotDialog</name>
    <message>
        <source>Decide on the spot</source>
        <translation>当场决定</translation>
    </message>
    <message>
        <source>Case %1 can be decided at the window. An approver other than the person who accepted it signs in here and decides.</source>
        <translation>办件 %1 可在窗口当场决定。须由受理人以外的审批负责人在此登录并作出决定。</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Approver &amp;user name:</source>
        <translation>审批负责人用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reasons (needed to refuse):</source>
        <translation>理由（不予许可时必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;ecide</source>
        <translation>决定(&amp;E)</translation>
    </message>
</context>
<context>
    <name>OneSeal::OrganisationPage</name>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>OneSeal::PrintCentreWorkspace</name>
    <message>
        <source>Print centre</source>
        <translation>制证用印</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>作废纸张</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Waiting for the seal</source>
        <translation>待用印</translation>
    </message>
    <message>
        <source>Security paper</source>
        <translation>防伪纸</translation>
    </message>
    <message>
        <source>Verify (Ctrl+Shift+V)</source>
        <translation>核验（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>First security-paper &amp;sheet no.:</source>
        <translation>首张防伪纸编号(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 2026000101; empty on plain paper</source>
        <translation>如 2026000101；普通纸留空</translation>
    </message>
    <message>
        <source>Issue licence… (Ctrl+N)</source>
        <translation>发证…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Reprint or void… (Ctrl+R)</source>
        <translation>补打或作废…（Ctrl+R）</translation>
    </message>
    <message>
        <source>Sheet no.</source>
        <translation>纸张编号</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence serial</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Filter by sheet number, use or serial</source>
        <translation>按纸张编号、用途或证照编号筛选</translation>
    </message>
    <message>
        <source>How it was spoiled (jammed, misprinted …)</source>
        <translation>损坏原因（卡纸、印错等）</translation>
    </message>
    <message>
        <source>Licence serial, if any</source>
        <translation>证照编号（如有）</translation>
    </message>
    <message>
        <source>Record spoiled sheet (Ctrl+K)</source>
        <translation>登记废纸（Ctrl+K）</translation>
    </message>
    <message>
        <source>Spoiled &amp;sheet:</source>
        <translation>废纸(&amp;S)：</translation>
    </message>
    <message>
        <source>Nothing waits for the seal.</source>
        <translation>没有待用印的文书。</translation>
    </message>
    <message>
        <source>The selected case is granted and has no licence yet.</source>
        <translation>所选办件已准予许可，尚未发证。</translation>
    </message>
    <message>
        <source>Ctrl+N issues its licence; the preview shows once it has a serial.</source>
        <translation>按 Ctrl+N 发证；取得证照编号后显示预览。</translation>
    </message>
    <message>
        <source>No preview of %1.</source>
        <translation>无法预览 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be printed as it stands.</source>
        <translation>%1 按现有内容无法打印。</translation>
    </message>
    <message>
        <source>Preview of %1, print %2 (marked 草稿; the print carries the signed code).</source>
        <translation>%1 第 %2 次打印的预览（标有“草稿”；正式打印件带签名二维码）。</translation>
    </message>
    <message>
        <source>Choose a granted case that waits for its licence ("Licence to issue").</source>
        <translation>请选择一件等待发证（“待发证”）的准予许可办件。</translation>
    </message>
    <message>
        <source>The item's result is printed on "%1", which is no template here: %2</source>
        <translation>该事项的结果文书用“%1”打印，本机没有此模板：%2</translation>
    </message>
    <message>
        <source>Licence %1 is issued for case %2; check the preview, then Ctrl+P prints it.</source>
        <translation>已为办件 %2 发证 %1；请核对预览，然后按 Ctrl+P 打印。</translation>
    </message>
    <message>
        <source>The sheet number %1 does not end in digits, so a batch cannot count the sheets on; print one by one or give the number as printed on the sheet.</source>
        <translation>纸张编号 %1 不以数字结尾，批量打印无法顺延编号；请逐张打印，或按纸上印的编号填写。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing %1 (%2 of %3)…</source>
        <translation>正在打印 %1（第 %2 张，共 %3 张）…</translation>
    </message>
    <message>
        <source>Failed, recorded as failed prints (print them again): %1</source>
        <translation>打印失败，已登记为失败打印（请重新打印）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) did not wait for print and were left alone.</source>
        <translation>
            <numerusform>所选 %n 行不在待打印状态，未作处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an issued licence to reprint or void (Ctrl+H shows the printed ones).</source>
        <translation>请选择要补打或作废的已发证照（Ctrl+H 显示已打印的证照）。</translation>
    </message>
    <message>
        <source>Licence %1 is void; every sheet of it verifies as void now.</source>
        <translation>证照 %1 已作废；其每一张核验时都显示已作废。</translation>
    </message>
    <message>
        <source>Say why the licence is printed again (lost, damaged …).</source>
        <translation>请说明补打证照的原因（遗失、损毁等）。</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>已取消打印，未作任何登记。</translation>
    </message>
    <message>
        <source>Licence %1 is printed again as print %2; the earlier sheets verify as superseded.</source>
        <translation>证照 %1 已补打为第 %2 次打印；此前各张核验时显示已被替代。</translation>
    </message>
    <message>
        <source>Security paper used at this site: </source>
        <translation>本中心已用防伪纸：</translation>
    </message>
    <message>
        <source>Security paper used at this window: </source>
        <translation>本窗口已用防伪纸：</translation>
    </message>
    <message>
        <source>%1 printed, %2 failed prints, %3 spoiled, %4 sheets in all.</source>
        <translation>打印 %1 张，打印失败 %2 张，作废 %3 张，共 %4 张。</translation>
    </message>
    <message>
        <source>Not accounted for between the numbers used: %1. Record each as spoiled or find it.</source>
        <translation>已用编号之间下落不明：%1。请逐张登记为废纸或找回。</translation>
    </message>
    <message>
        <source>Sheet %1 is recorded as spoiled.</source>
        <translation>纸张 %1 已登记为废纸。</translation>
    </message>
    <message>
        <source>Every licence and sealed notice waiting for a seal: issue the licence of a granted case, check the preview (marked 草稿 until it prints), and print one by one or a morning's batch, licences onto numbered security paper. Reprints and voids of licences need a reason and a second person; every sheet and every print is accounted for.</source>
        <translation>所有待用印的证照和文书：为准予许可的办件发证，核对预览（打印前标有“草稿”），逐份或整批打印，证照打印到编号防伪纸上。证照的补打和作废须说明原因并经第二人确认；每张纸、每次打印都有据可查。</translation>
    </message>
    <message>
        <source>Keys: Ctrl+N issue, Ctrl+P print the selected documents, Ctrl+R reprint or void, Ctrl+H show printed documents too, Ctrl+F filter, F5 refresh, Ctrl+K record a spoiled sheet, Ctrl+Shift+V verify a licence.</source>
        <translation>快捷键：Ctrl+N 发证，Ctrl+P 打印所选文书，Ctrl+R 补打或作废，Ctrl+H 同时显示已打印文书，Ctrl+F 筛选，F5 刷新，Ctrl+K 登记废纸，Ctrl+Shift+V 核验证照。</translation>
    </message>
    <message>
        <source>Filter by document, case, number, item or holder (Ctrl+F)</source>
        <translation>按文书、办件编号、证照编号或文号、事项或持证人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文书</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>Notices and decisions</source>
        <translation>通知书和决定书</translation>
    </message>
    <message>
        <source>Which documents the queue lists</source>
        <translation>队列中列出哪些文书</translation>
    </message>
    <message>
        <source>Show printed and void documents too (Ctrl+H)</source>
        <translation>同时显示已打印和已作废的文书（Ctrl+H）</translation>
    </message>
    <message numerus="yes">
        <source>The queue is up to date: %n document(s) listed.</source>
        <translation>
            <numerusform>队列已刷新：共 %n 份文书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1 %2, print %3 (marked 草稿 until it prints).</source>
        <translation>%1 %2 的预览，第 %3 次打印（打印前标有“草稿”）。</translation>
    </message>
    <message>
        <source>Choose documents that wait for print ("To print"). A granted case gets its licence with Ctrl+N first; a printed licence or notice is printed again with Ctrl+R.</source>
        <translation>请选择待打印（“待打印”）的文书。准予许可的办件须先按 Ctrl+N 发证；已打印的证照或文书按 Ctrl+R 再次打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文书</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s): %1.</source>
        <translation>
            <numerusform>已打印 %n 份文书：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %2; %n document(s) were not printed and still wait for print.</source>
        <translation>
            <numerusform>已取消（共 %2 份，已处理 %1 份）；%n 份未打印，仍在等待打印。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneSeal::PrintQueueModel</name>
    <message>
        <source>Licence to issue</source>
        <translation>待发证</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>待打印</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Serial or document no.</source>
        <translation>证照编号或文号</translation>
    </message>
</context>
<context>
    <name>OneSeal::RecordEditorDialog</name>
    <message>
        <source>New record: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1（选填）：</translation>
    </message>
    <message>
        <source>Letters, digits, hyphens and underscores</source>
        <translation>字母、数字、连字符和下划线</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReprintDialog</name>
    <message>
        <source>Security-paper &amp;sheet no.:</source>
        <translation>防伪纸编号(&amp;S)：</translation>
    </message>
    <message>
        <source>Reprint or void licence %1</source>
        <translation>补打或作废证照 %1</translation>
    </message>
    <message>
        <source>A reprint makes every earlier sheet of licence %1 read "superseded"; a void makes every sheet read "void" and the serial is never used again. Either needs the reason and a second person: an approver or another seal keeper signs in here.</source>
        <translation>补打后，证照 %1 此前打印的各张均显示“已被替代”；作废后，各张均显示“已作废”，该编号不再使用。两者都须说明原因并由第二人确认：审批负责人或另一名用印员在此登录。</translation>
    </message>
    <message>
        <source>Reprint (lost or damaged)</source>
        <translation>补打（遗失或损毁）</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Lost by the holder</source>
        <translation>持证人遗失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损毁</translation>
    </message>
    <message>
        <source>Printing fault</source>
        <translation>打印故障</translation>
    </message>
    <message>
        <source>Wrong particulars</source>
        <translation>信息有误</translation>
    </message>
    <message>
        <source>empty on plain paper</source>
        <translation>普通纸留空</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Second person's &amp;user name:</source>
        <translation>第二人用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Second person's &amp;password:</source>
        <translation>第二人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OneSeal::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>New password for %1. They must change it at their next sign-in; a lock after wrong passwords is lifted too.</source>
        <translation>为 %1 设置新密码。其下次登录时须修改密码；因输错密码造成的锁定也一并解除。</translation>
    </message>
</context>
<context>
    <name>OneSeal::ResumeDialog</name>
    <message>
        <source>Let the clock run again</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>The clock of case %1 is running; a supplement stops it only where the site's settings say so.</source>
        <translation>办件 %1 正在计时；只有本站点设置规定时，补正才中止计时。</translation>
    </message>
    <message numerus="yes">
        <source>The clock of case %1 stands still; %n working day(s) did not count so far.</source>
        <translation>
            <numerusform>办件 %1 已中止计时，至今有 %n 个工作日不计入办理期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as the day the special procedure ended or the supplemented materials arrived; from then on the clock counts again.</source>
        <translation>记录 %1 为特别程序结束或补正材料收到之日，此后恢复计时。</translation>
    </message>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>恢复计时(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReviewQueueModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>%1, overdue by law</source>
        <translation>%1，已超法定时限</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>%1 (clock stopped)</source>
        <translation>%1（中止计时）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Due %1 (statutory %2); %3 working days suspended, %4 extension</source>
        <translation>承诺办结日 %1（法定 %2）；中止计时 %3 个工作日，延长 %4 个工作日</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>亮灯</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>办理人</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReviewWorkspace</name>
    <message>
        <source>Review and decision</source>
        <translation>审查审批</translation>
    </message>
    <message>
        <source>Section queue</source>
        <translation>科室待办</translation>
    </message>
    <message>
        <source>Your section's queue, most urgent first, with each case's light: green, yellow when little time is left, red once the promised limit passed and overdue by law past the statutory limit. Claim a case, record the review opinion, and, as an approver, decide it.</source>
        <translation>本科室的待办队列，最紧急的在前，每件都有亮灯：绿灯；剩余时间不多时黄灯；超过承诺时限红灯；超过法定时限另标“已超法定时限”。认领办件、填写审查意见；审批负责人作出决定。</translation>
    </message>
    <message>
        <source>Opinion (review) or reasons (decision)</source>
        <translation>审查意见（审查）或理由（决定）</translation>
    </message>
    <message>
        <source>Grant (准予)</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Refuse (不予)</source>
        <translation>不予</translation>
    </message>
    <message>
        <source>Claim (F6)</source>
        <translation>认领（F6）</translation>
    </message>
    <message>
        <source>Release (F7)</source>
        <translation>释放（F7）</translation>
    </message>
    <message>
        <source>Record opinion (F8)</source>
        <translation>填写审查意见（F8）</translation>
    </message>
    <message>
        <source>Decide (F9)</source>
        <translation>作出决定（F9）</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Choose a case in the queue first.</source>
        <translation>请先在队列中选择办件。</translation>
    </message>
    <message>
        <source>You hold case %1 now; nobody else can change it until you release it.</source>
        <translation>办件 %1 现由你办理；在你释放之前，其他人不能改动。</translation>
    </message>
    <message>
        <source>Case %1 is back in the queue.</source>
        <translation>办件 %1 已退回队列。</translation>
    </message>
    <message>
        <source>The opinion on case %1 is recorded; the case waits for an approver's decision.</source>
        <translation>办件 %1 的审查意见已记录，等待审批负责人作出决定。</translation>
    </message>
    <message>
        <source>Case %1 is granted (%2); it waits in the print centre.</source>
        <translation>办件 %1 已准予（%2），在制证中心等待制证。</translation>
    </message>
    <message>
        <source>Case %1 is refused (%2); the decision states the reasons and the remedies.</source>
        <translation>办件 %1 不予许可（%2），决定书载明理由和救济途径。</translation>
    </message>
    <message>
        <source>Search by name (张伟), item, case number or address (Ctrl+F)</source>
        <translation>按姓名（张伟）、事项、办件编号或地址搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办件</translation>
    </message>
    <message>
        <source>All cases of the section</source>
        <translation>本科室全部办件</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>按办结期限</translation>
    </message>
    <message>
        <source>By case number</source>
        <translation>按办件编号</translation>
    </message>
    <message>
        <source>By acceptance date</source>
        <translation>按受理日期</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>倒序</translation>
    </message>
    <message>
        <source>Name to save the search under (Ctrl+Shift+S)</source>
        <translation>保存搜索条件的名称（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>%1 cases; the first %2 are shown.</source>
        <translation>共 %1 件，显示前 %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>已保存的搜索…</translation>
    </message>
    <message>
        <source>Type a name for the search, then press Enter or Ctrl+Shift+S again.</source>
        <translation>请输入搜索条件的名称，然后按回车或再按 Ctrl+Shift+S。</translation>
    </message>
    <message>
        <source>The search is saved as "%1"; pick it from the list of saved searches.</source>
        <translation>搜索条件已保存为“%1”，可在已保存的搜索列表中选用。</translation>
    </message>
    <message>
        <source>There is no saved search "%1" any more.</source>
        <translation>已保存的搜索“%1”已不存在。</translation>
    </message>
    <message>
        <source>Dashboard (Ctrl+Shift+D)</source>
        <translation>统计看板（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Keys: F6 claim, F7 release, F8 record the opinion, F9 decide; Ctrl+Shift+P special procedure, Ctrl+Shift+B supplement, Ctrl+Shift+R resume the clock, Ctrl+Shift+E extend, Ctrl+Shift+C correct a decision; Ctrl+F searches, Ctrl+Shift+S saves the search.</source>
        <translation>快捷键：F6 认领，F7 释放，F8 填写审查意见，F9 作出决定；Ctrl+Shift+P 特别程序，Ctrl+Shift+B 补正，Ctrl+Shift+R 恢复计时，Ctrl+Shift+E 延期，Ctrl+Shift+C 更正决定；Ctrl+F 搜索，Ctrl+Shift+S 保存搜索条件。</translation>
    </message>
    <message>
        <source>Special procedure… (Ctrl+Shift+P)</source>
        <translation>特别程序…（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Supplement… (Ctrl+Shift+B)</source>
        <translation>补正…（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>Resume clock… (Ctrl+Shift+R)</source>
        <translation>恢复计时…（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Extend… (Ctrl+Shift+E)</source>
        <translation>延期…（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Correct decision… (Ctrl+Shift+C)</source>
        <translation>更正决定…（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; the document was issued but not saved. Check that the folder may be written to, or print the document from the applications tab.</source>
        <translation>无法创建文件夹 %1；文书已出具但未保存。请检查该文件夹是否可写，或在办件列表中打印该文书。</translation>
    </message>
    <message>
        <source>The clock of case %1 stopped for the special procedure, but its notice could not be saved: %2</source>
        <translation>办件 %1 已因特别程序中止计时，但告知书未能保存：%2</translation>
    </message>
    <message>
        <source>The clock of case %1 stopped for the special procedure. The notice %2 is saved as %3; give it to the applicant. Ctrl+Shift+R lets the clock run again when the procedure ends.</source>
        <translation>办件 %1 已因特别程序中止计时。告知书 %2 已保存为 %3，请交申请人。特别程序结束时按 Ctrl+Shift+R 恢复计时。</translation>
    </message>
    <message>
        <source>The supplement for case %1 is recorded. Ctrl+Shift+R records the materials' arrival.</source>
        <translation>办件 %1 的补正要求已记录。收到补正材料时按 Ctrl+Shift+R 登记。</translation>
    </message>
    <message>
        <source>The clock of case %1 runs again.</source>
        <translation>办件 %1 已恢复计时。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Case %1 is extended, but its 延期告知书 could not be saved: %2</source>
        <translation>办件 %1 已延期，但延期告知书未能保存：%2</translation>
    </message>
    <message>
        <source>Case %1 is extended; the new statutory due date is %2. The 延期告知书 %3 is saved as %4; send it to the applicant.</source>
        <translation>办件 %1 已延期，新的法定办结日为 %2。延期告知书 %3 已保存为 %4，请送达申请人。</translation>
    </message>
    <message>
        <source>Choose a case in the queue first; decided cases are listed under "All cases of the section".</source>
        <translation>请先在队列中选择办件；已决定的办件列在“本科室全部办件”中。</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected, but the new decision document could not be saved: %2</source>
        <translation>办件 %1 的决定已更正，但新的决定书未能保存：%2</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected to grant; the case waits in the print centre. The new decision %2 is saved as %3.</source>
        <translation>办件 %1 的决定已更正为准予，在制证中心等待制证。新的决定书 %2 已保存为 %3。</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected to refuse. The new decision %2 is saved as %3.</source>
        <translation>办件 %1 的决定已更正为不予许可。新的决定书 %2 已保存为 %3。</translation>
    </message>
</context>
<context>
    <name>OneSeal::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language takes effect the next time OneSeal starts.</source>
        <translation>更改的语言在下次启动一章通时生效。</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without input; the system administrator sets this for every window.</source>
        <translation>
            <numerusform>无键盘鼠标操作 %n 分钟后自动锁屏；此时长由系统管理员为所有窗口统一设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>OneSeal::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in - OneSeal</source>
        <translation>登录 - 一章通</translation>
    </message>
    <message>
        <source>OneSeal</source>
        <translation>一章通</translation>
    </message>
    <message>
        <source>Counter service system of the administrative approval bureau</source>
        <translation>行政审批局政务服务窗口系统</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>OneSeal::SupervisionWorkspace</name>
    <message>
        <source>Supervision</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Here supervisors will claim the approval results pushed to their department, record supervision and random inspections, open case leads for enforcement and keep their department's dishonesty list entries.</source>
        <translation>监管人员将在此认领推送至本部门的审批结果，记录监管情况和“双随机”抽查结果，向执法部门移送案件线索，并维护本部门的失信名单记录。</translation>
    </message>
    <message>
        <source>Supervision is still being built. Until then this workspace changes nothing; the table shows the licences issued at your site, which later arrive here as approval results, read-only.</source>
        <translation>本工作台的监管功能尚在建设中。在此之前本工作台不改动任何数据；下表列出本站点已发放的许可，今后它们将作为审批结果推送到这里，只读。</translation>
    </message>
</context>
<context>
    <name>OneSeal::SuspensionDialog</name>
    <message>
        <source>Start a special procedure</source>
        <translation>启动特别程序</translation>
    </message>
    <message>
        <source>Ask for a supplement</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <source>The clock of case %1 stops while the special procedure runs (Art. 45). The applicant is told in writing which procedure it is and how long it is expected to take; the notice is issued and saved as a PDF.</source>
        <translation>特别程序进行期间，办件 %1 中止计时（《行政许可法》第四十五条）。以书面形式告知申请人所需程序及预计时间；告知书出具后保存为 PDF。</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>特别程序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expected duration:</source>
        <translation>预计时间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Materials and reason:</source>
        <translation>补正材料及理由(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Period (0 = none set):</source>
        <translation>补正期限（0 表示不设）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start procedure</source>
        <translation>启动特别程序(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ask for supplement</source>
        <translation>要求补正(&amp;A)</translation>
    </message>
    <message>
        <source>The clock of case %1 stops until the applicant hands in the supplemented materials. Say which materials are missing and, if you set one, the period to hand them in.</source>
        <translation>办件 %1 中止计时，直至申请人提交补正材料。请写明需补正的材料；如设定期限，一并填写。</translation>
    </message>
    <message>
        <source>Case %1 waits for the supplemented materials; under this site's settings its clock keeps running. Say which materials are missing and, if you set one, the period to hand them in.</source>
        <translation>办件 %1 等待补正材料；按本站点设置，补正期间继续计时。请写明需补正的材料；如设定期限，一并填写。</translation>
    </message>
</context>
<context>
    <name>OneSeal::SyncStatusWidget</name>
    <message>
        <source>Show the steps the central store refused (Ctrl+Shift+Y)</source>
        <translation>查看被中心库拒绝的操作（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>Not connected to a central store</source>
        <translation>未接入中心库</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>No device token</source>
        <translation>无设备令牌</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source> (token for this session only)</source>
        <translation>（令牌仅本次会话有效）</translation>
    </message>
    <message>
        <source>No keychain answered: the device token is kept for this session only and the device must be enrolled again after the client is closed.</source>
        <translation>钥匙串没有响应：设备令牌仅在本次会话中保留，关闭客户端后须重新登记本设备。</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>将于 %1 再次尝试。</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to send</source>
        <translation>
            <numerusform>待上传 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>被拒绝 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>This database works on its own until an administrator enrols it with the central store.</source>
        <translation>本数据库单机运行，须由管理员登记接入中心库后才会同步。</translation>
    </message>
    <message>
        <source>Enrol this device…</source>
        <translation>登记本设备…</translation>
    </message>
    <message>
        <source>Connect this database to the central store with a one-time code</source>
        <translation>用一次性登记码将本数据库接入中心库</translation>
    </message>
</context>
<context>
    <name>OneSeal::SystemSettingsPage</name>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Every window of the bureau locks its screen after this many minutes without keyboard or mouse input. Other windows take a change at their next sign-in.</source>
        <translation>所有窗口在无键盘和鼠标操作达到设定的分钟数后自动锁屏。其他窗口在下次登录时采用新设置。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>自动锁屏时间(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>已保存：无操作 %n 分钟后自动锁屏。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneSeal::TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>OneSeal::TicketPanel</name>
    <message>
        <source>F2 Call next</source>
        <translation>F2 叫号</translation>
    </message>
    <message>
        <source>F3 Call again</source>
        <translation>F3 重呼</translation>
    </message>
    <message>
        <source>F4 No-show</source>
        <translation>F4 弃号</translation>
    </message>
    <message>
        <source>F6 Transfer</source>
        <translation>F6 转移</translation>
    </message>
    <message>
        <source>F7 Finished</source>
        <translation>F7 办结</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>转至：</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter to transfer, Esc to cancel</source>
        <translation>回车键转移，退出键取消</translation>
    </message>
    <message>
        <source>Waiting for this kind of window: %1</source>
        <translation>本类窗口等候人数：%1</translation>
    </message>
    <message>
        <source>Nobody at the window. Press F2 to call the next ticket.</source>
        <translation>窗口暂无办事人。按 F2 叫下一号。</translation>
    </message>
    <message>
        <source>%1 window; waited %2 (min:s); at your window since %3.</source>
        <translation>%1窗口；已等候 %2（分:秒）；%3 起在本窗口办理。</translation>
    </message>
    <message>
        <source>Called again %1 time(s).</source>
        <translation>已重呼 %1 次。</translation>
    </message>
    <message>
        <source>Transferred %1 time(s).</source>
        <translation>已转移 %1 次。</translation>
    </message>
    <message>
        <source>Calling %1: please come to window %2.</source>
        <translation>请 %1 号到 %2 号窗口办理。</translation>
    </message>
    <message>
        <source>Calling %1 again.</source>
        <translation>再次呼叫 %1 号。</translation>
    </message>
    <message>
        <source>%1 did not come and is marked a no-show.</source>
        <translation>%1 号未到，已作弃号处理。</translation>
    </message>
    <message>
        <source>No ticket is at your window; call the next one first.</source>
        <translation>本窗口当前没有号码，请先叫下一号。</translation>
    </message>
    <message>
        <source>%1 transferred to the %2 windows.</source>
        <translation>%1 号已转至%2窗口。</translation>
    </message>
    <message>
        <source>%1 finished: %2 (min:s) at the counter.</source>
        <translation>%1 号已办结：窗口办理 %2（分:秒）。</translation>
    </message>
    <message>
        <source>%1 finished: %2 (min:s) at the counter, case %3.</source>
        <translation>%1 号已办结：窗口办理 %2（分:秒），办件编号 %3。</translation>
    </message>
</context>
<context>
    <name>OneSeal::UserEditorDialog</name>
    <message>
        <source>Account in use (may sign in)</source>
        <translation>账号启用（可以登录）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>（无站点）</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（无科室）</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation>（无窗口）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>科室(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Give the first password to the person in private; they must replace it at their first sign-in.</source>
        <translation>请私下将初始密码交给本人；首次登录时须修改。</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dots, starting with a letter</source>
        <translation>小写字母、数字或点，以字母开头</translation>
    </message>
</context>
<context>
    <name>OneSeal::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Filter by user name, name, role or site</source>
        <translation>按用户名、姓名、角色或站点筛选</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>新建账号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>保存角色(&amp;S)</translation>
    </message>
    <message>
        <source>Lift the lock after repeated wrong passwords</source>
        <translation>解除因多次输错密码造成的锁定</translation>
    </message>
    <message>
        <source>An administrator role holds no business right and vice versa; the three administrator roles go to three different accounts.</source>
        <translation>管理员角色不具有业务权限，业务角色也不具有管理权限；三种管理员角色须分别由三个不同的账号担任。</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>账号已保存。</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 已可重新登录。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>The roles were saved.</source>
        <translation>角色已保存。</translation>
    </message>
    <message>
        <source>The account was unlocked.</source>
        <translation>账号已解锁。</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer sign in; their records stay.</source>
        <translation>要停用 %1 的账号吗？停用后不能再登录，其已有记录保留。</translation>
    </message>
</context>
<context>
    <name>OneSeal::VerifyPage</name>
    <message>
        <source>Open scanned image… (Ctrl+O)</source>
        <translation>打开扫描图像…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open scanned licence</source>
        <translation>打开扫描的证照</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scan the QR code on the licence (the scanner types the code and Enter), or open an image of a scanned licence. The code is checked against the seal's key and this register, without the network.</source>
        <translation>扫描证照上的二维码（扫码枪输入码文并回车），或打开证照的扫描图像。码文离线核对印章密钥和本机登记簿，无需联网。</translation>
    </message>
    <message>
        <source>Scan the licence's QR code here (the scanner presses Enter)</source>
        <translation>在此扫描证照二维码（扫码枪自动回车）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>码文(&amp;C)：</translation>
    </message>
    <message>
        <source>Cannot read the image %1; open a PNG, JPEG, BMP or TIFF file.</source>
        <translation>无法读取图像 %1；请打开 PNG、JPEG、BMP 或 TIFF 文件。</translation>
    </message>
    <message>
        <source>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</source>
        <translation>在 %1 中未能读出二维码；请以 200 dpi 以上、平整清晰地扫描。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Forged: this is not a licence signed with one of our seals</source>
        <translation>伪造：不是本机构印章签发的证照</translation>
    </message>
    <message>
        <source>Genuine · valid</source>
        <translation>真实 · 有效</translation>
    </message>
    <message>
        <source>Genuine · superseded: a later print replaced this sheet</source>
        <translation>真实 · 已被替代：此张已由后来的补打件取代</translation>
    </message>
    <message>
        <source>Genuine · void: this licence is not in force</source>
        <translation>真实 · 已作废：此证照不再有效</translation>
    </message>
    <message>
        <source>Genuine · revoked: this licence is not in force</source>
        <translation>真实 · 已撤销：此证照不再有效</translation>
    </message>
    <message>
        <source>Genuine · expired</source>
        <translation>真实 · 已过期</translation>
    </message>
    <message>
        <source>Genuine signature · not in this register</source>
        <translation>签名真实 · 本机登记簿中无此证照</translation>
    </message>
    <message>
        <source>Licence serial</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>print %1</source>
        <translation>第 %1 次打印</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>QR error correction must be L, M, Q or H, not "%1".</source>
        <translation>二维码纠错等级须为 L、M、Q 或 H，而不是“%1”。</translation>
    </message>
    <message>
        <source>A QR code needs some text to carry.</source>
        <translation>二维码须有要承载的内容。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>内容过长，无法生成二维码（%1 字节）。</translation>
    </message>
    <message>
        <source>A barcode needs some text to carry.</source>
        <translation>条形码须有要承载的内容。</translation>
    </message>
    <message>
        <source>A Code 128 barcode cannot carry "%1" in "%2".</source>
        <translation>Code 128 条形码不能承载“%2”中的“%1”。</translation>
    </message>
    <message>
        <source>Out of memory for a barcode.</source>
        <translation>生成条形码时内存不足。</translation>
    </message>
    <message>
        <source>Cannot make a barcode of "%1": %2</source>
        <translation>无法为“%1”生成条形码：%2</translation>
    </message>
    <message>
        <source>Cannot make a barcode of "%1".</source>
        <translation>无法为“%1”生成条形码。</translation>
    </message>
    <message>
        <source>The barcode of "%1" does not fit its space on the page.</source>
        <translation>“%1”的条形码超出了页面上留给它的位置。</translation>
    </message>
    <message>
        <source>%1: no installed font can print %2.</source>
        <translation>%1：已安装的字体都无法打印 %2。</translation>
    </message>
    <message>
        <source>The document needs the field "%1", which is missing.</source>
        <translation>文书需要字段“%1”，但缺少该字段。</translation>
    </message>
    <message>
        <source>The field "%1" must be a list.</source>
        <translation>字段“%1”须为列表。</translation>
    </message>
    <message>
        <source>The list "%1" is empty; the document needs at least one entry.</source>
        <translation>列表“%1”为空，文书至少需要一项。</translation>
    </message>
    <message>
        <source>Each entry of "%1" must be an object with named fields.</source>
        <translation>“%1”中的每一项都须为带命名字段的对象。</translation>
    </message>
    <message>
        <source>The seal has no name to print (field "%1" is empty).</source>
        <translation>印章没有可印制的名称（字段“%1”为空）。</translation>
    </message>
    <message>
        <source>%1, %2: runs %3 mm past the bottom margin; the text or the list is too long for one page.</source>
        <translation>%1，%2：超出下边距 %3 毫米，文字或列表过长，一页容纳不下。</translation>
    </message>
    <message>
        <source>%1, %2: does not fit inside the page margins.</source>
        <translation>%1，%2：超出了页边距范围。</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap by %4 mm; the text above is too long for the page.</source>
        <translation>%1：%2 与 %3 重叠 %4 毫米，上方文字过长，页面容纳不下。</translation>
    </message>
    <message>
        <source>"%1" is no template name (lower-case letters, digits and _).</source>
        <translation>“%1”不是有效的模板名称（只能使用小写字母、数字和下划线）。</translation>
    </message>
    <message>
        <source>There is no template "%1".</source>
        <translation>没有模板“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to print onto.</source>
        <translation>没有可供打印的输出设备。</translation>
    </message>
    <message>
        <source>The printer does not take the page size of %1.</source>
        <translation>打印机不支持 %1 的纸张尺寸。</translation>
    </message>
    <message>
        <source>The printer or file cannot be written to.</source>
        <translation>无法写入打印机或文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>An image needs 10 to 1200 dpi, not %1.</source>
        <translation>图像分辨率须为 10 至 1200 dpi，而不是 %1。</translation>
    </message>
    <message>
        <source>%1: "%2" must be a number from %3 to %4.</source>
        <translation>%1：“%2”须为 %3 至 %4 之间的数值。</translation>
    </message>
    <message>
        <source>%1: "%2" is required.</source>
        <translation>%1：“%2”为必填项。</translation>
    </message>
    <message>
        <source>%1: "%2" must be text.</source>
        <translation>%1：“%2”须为文字。</translation>
    </message>
    <message>
        <source>%1: "%2" must be true or false.</source>
        <translation>%1：“%2”须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: "%2" is no colour (write it like #D8232A).</source>
        <translation>%1：“%2”不是有效的颜色（应写作 #D8232A 这样的形式）。</translation>
    </message>
    <message>
        <source>%1: unknown key "%2".</source>
        <translation>%1：未知的键“%2”。</translation>
    </message>
    <message>
        <source>%1: no font "%2" in the template's "fonts".</source>
        <translation>%1：模板的“fonts”中没有字体“%2”。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>page: size must be A3, A4, A5, B5 or {"width": mm, "height": mm}.</source>
        <translation>页面：尺寸须为 A3、A4、A5、B5 或 {"width": 毫米, "height": 毫米}。</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>页面尺寸</translation>
    </message>
    <message>
        <source>page: size needs a width and a height from 50 to 1000 mm.</source>
        <translation>页面：尺寸须有 50 至 1000 毫米之间的宽度和高度。</translation>
    </message>
    <message>
        <source>page: size is required.</source>
        <translation>页面：尺寸为必填项。</translation>
    </message>
    <message>
        <source>page: orientation must be portrait or landscape.</source>
        <translation>页面：方向须为 portrait（纵向）或 landscape（横向）。</translation>
    </message>
    <message>
        <source>page margins</source>
        <translation>页边距</translation>
    </message>
    <message>
        <source>page: the margins leave no room on the page.</source>
        <translation>页面：页边距过大，页面上已无可用空间。</translation>
    </message>
    <message>
        <source>Template %1, line %2: %3</source>
        <translation>模板 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Template %1 must be a JSON object.</source>
        <translation>模板 %1 须为 JSON 对象。</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Template %1 calls itself "%2".</source>
        <translation>模板 %1 自称为“%2”。</translation>
    </message>
    <message>
        <source>Template %1, %2</source>
        <translation>模板 %1，%2</translation>
    </message>
    <message>
        <source>Template %1: font "%2" needs a list of family names.</source>
        <translation>模板 %1：字体“%2”须给出字体族名称列表。</translation>
    </message>
    <message>
        <source>Template %1 has no elements.</source>
        <translation>模板 %1 中没有任何元素。</translation>
    </message>
    <message>
        <source>element %1 (%2)</source>
        <translation>第 %1 个元素（%2）</translation>
    </message>
    <message>
        <source>%1: type must be text, table, seal, qr, barcode or line.</source>
        <translation>%1：类型须为 text（文字）、table（表格）、seal（印章）、qr（二维码）、barcode（条形码）或 line（线条）。</translation>
    </message>
    <message>
        <source>%1: the id is used twice.</source>
        <translation>%1：标识重复使用。</translation>
    </message>
    <message>
        <source>%1: anchor can only be "previous".</source>
        <translation>%1：锚点只能是“previous”（上一个元素）。</translation>
    </message>
    <message>
        <source>%1: give either y or an anchor, not both.</source>
        <translation>%1：y 与锚点只能给出其一。</translation>
    </message>
    <message>
        <source>%1: the first element has nothing to anchor to.</source>
        <translation>%1：第一个元素没有可供锚定的元素。</translation>
    </message>
    <message>
        <source>%1: x + width (%2 mm) runs past the right margin (%3 mm).</source>
        <translation>%1：x 加宽度（%2 毫米）超出右边距（%3 毫米）。</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>%1: a table needs columns.</source>
        <translation>%1：表格须有列。</translation>
    </message>
    <message>
        <source>%1: only one column may leave out its width.</source>
        <translation>%1：只能有一列不写宽度。</translation>
    </message>
    <message>
        <source>%1: the columns are %2 mm wide, the table %3 mm.</source>
        <translation>%1：各列合计宽 %2 毫米，而表格宽 %3 毫米。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a QR code needs its width (the side of its square, quiet zone included).</source>
        <translation>%1：二维码须给出宽度（正方形边长，含静区）。</translation>
    </message>
    <message>
        <source>%1: a barcode needs a width and a height.</source>
        <translation>%1：条形码须给出宽度和高度。</translation>
    </message>
    <message>
        <source>%1: unknown filter "%2" in "%3".</source>
        <translation>%1：“%3”中有未知的过滤器“%2”。</translation>
    </message>
    <message>
        <source>%1: a placeholder in "%2" is not written as {{field}}.</source>
        <translation>%1：“%2”中的占位符没有写成 {{字段}} 的形式。</translation>
    </message>
    <message>
        <source>The field "%1" must be text or a number.</source>
        <translation>字段“%1”须为文字或数字。</translation>
    </message>
    <message>
        <source>The field "%1" must be a date like 2026-11-28, not "%2".</source>
        <translation>字段“%1”须为 2026-11-28 这样的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Cannot repair the PDF's text layer: %1</source>
        <translation>无法修复 PDF 的文字层：%1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>缺少 startxref</translation>
    </message>
    <message>
        <source>bad startxref</source>
        <translation>startxref 无效</translation>
    </message>
    <message>
        <source>no classic xref table</source>
        <translation>缺少传统的 xref 交叉引用表</translation>
    </message>
    <message>
        <source>bad xref table</source>
        <translation>xref 交叉引用表无效</translation>
    </message>
    <message>
        <source>bad xref entry</source>
        <translation>xref 交叉引用表条目无效</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>缺少 trailer 文件尾</translation>
    </message>
    <message>
        <source>page resources missing</source>
        <translation>缺少页面资源</translation>
    </message>
    <message>
        <source>page content unreadable</source>
        <translation>页面内容无法读取</translation>
    </message>
    <message>
        <source>glyph %1 reads "%2" but was drawn for "%3"</source>
        <translation>字形 %1 读作“%2”，但绘制时对应的是“%3”</translation>
    </message>
    <message>
        <source>%1: the barcode is too low for its text.</source>
        <translation>%1：条形码高度不足，放不下其下方的文字。</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Event %1 (%2) sets "%3", which is no field of %4.</source>
        <translation>事件 %1（%2）设置了“%3”，但 %4 没有这个字段。</translation>
    </message>
    <message>
        <source>Unknown subject type "%1".</source>
        <translation>未知的对象类型“%1”。</translation>
    </message>
    <message>
        <source>Event %1 has the unknown type "%2" for a %3; this program may be too old.</source>
        <translation>事件 %1 对 %3 使用了未知类型“%2”，本程序版本可能过旧。</translation>
    </message>
    <message>
        <source>Event %1 was made on version %2 of %3 %4, but the version here is %5.</source>
        <translation>事件 %1 基于 %3 %4 的第 %2 版生成，但此处的版本为 %5。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>办件编号前缀</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>所属站点</translation>
    </message>
    <message>
        <source>Ticket letter</source>
        <translation>取号字母</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Owner site</source>
        <translation>所属站点</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>用章单位</translation>
    </message>
    <message>
        <source>Ring text</source>
        <translation>环形文字</translation>
    </message>
    <message>
        <source>Bottom text</source>
        <translation>下弦文字</translation>
    </message>
    <message>
        <source>Serial code</source>
        <translation>印章编码</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Central service hall</source>
        <translation>政务服务中心（市本级）</translation>
    </message>
    <message>
        <source>Town service centre</source>
        <translation>镇（街道）便民服务中心</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>商事登记</translation>
    </message>
    <message>
        <source>Planning and construction</source>
        <translation>规划建设</translation>
    </message>
    <message>
        <source>General services</source>
        <translation>综合服务</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执法部门</translation>
    </message>
    <message>
        <source>Administrative approval seal</source>
        <translation>行政审批专用章</translation>
    </message>
    <message>
        <source>Service centre seal</source>
        <translation>便民服务中心专用章</translation>
    </message>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>未知的记录类别 %1。</translation>
    </message>
    <message>
        <source>There is no %1 with the code %2.</source>
        <translation>没有代码为 %2 的%1。</translation>
    </message>
    <message>
        <source>%1 must be 1-%2 letters, digits, hyphens or underscores.</source>
        <translation>%1须为 1 至 %2 位字母、数字、连字符或下划线。</translation>
    </message>
    <message>
        <source>Choose a %1 from the list.</source>
        <translation>请从列表中选择%1。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1须为“年-月-日”格式的日期（例如 2025-01-01）。</translation>
    </message>
    <message>
        <source>The code %1 is used already; choose another.</source>
        <translation>代码 %1 已被使用，请另选一个。</translation>
    </message>
    <message>
        <source>Issuing agency on notices</source>
        <translation>文书落款机关</translation>
    </message>
    <message>
        <source>Document number prefix</source>
        <translation>文号前缀</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>(no window)</source>
        <translation>（无窗口）</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>（未认领）</translation>
    </message>
    <message>
        <source>Give the range's first and last day as YYYY-MM-DD.</source>
        <translation>请以 YYYY-MM-DD 格式给出起始日和截止日。</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2); swap the two days.</source>
        <translation>截止日（%1）早于起始日（%2），请对调两个日期。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Days with the agency</source>
        <translation>机关用时（工作日）</translation>
    </message>
    <message>
        <source>Days with the applicant</source>
        <translation>申请人用时（工作日）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>承诺办结日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 belongs to no section, so there are no section figures to show; ask the system administrator to set the account's section.</source>
        <translation>%1 未归属任何科室，没有可显示的科室统计数据；请系统管理员设置该账号的科室。</translation>
    </message>
    <message>
        <source>%1 may read the figures of their own section only, not those of another.</source>
        <translation>%1 只能查看本科室的数据，不能查看其他科室的。</translation>
    </message>
    <message>
        <source>%1 may read the figures of their own site only, not those of another.</source>
        <translation>%1 只能查看本站点的数据，不能查看其他站点的。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Resident ID must have 18 characters; this one has %1.</source>
        <translation>居民身份证号码应为 18 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Resident ID: character 18 must be a digit or X, not "%1".</source>
        <translation>居民身份证号码：第 18 位须为数字或 X，而不是“%1”。</translation>
    </message>
    <message>
        <source>Resident ID: character %1 must be a digit, not "%2".</source>
        <translation>居民身份证号码：第 %1 位须为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Resident ID: characters 7-14 (%1) are not a real birth date.</source>
        <translation>居民身份证号码：第 7 至 14 位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>Resident ID: the birth date %1 is in the future.</source>
        <translation>居民身份证号码：出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Resident ID: the check character is %1 but the first 17 digits call for %2; check the number for a typing error.</source>
        <translation>居民身份证号码：校验码为 %1，但按前 17 位应为 %2，请检查是否录入有误。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>There is no case %1; check the number on the acceptance notice.</source>
        <translation>没有办件 %1，请核对受理通知书上的编号。</translation>
    </message>
    <message>
        <source>Case %1 is decided (%2); only the section chief may change it, through a recorded correction.</source>
        <translation>办件 %1 已作出决定（%2）；只有科室负责人可以通过登记在案的更正加以改变。</translation>
    </message>
    <message>
        <source>Case %1 is %2, not waiting in a section's queue.</source>
        <translation>办件 %1 的状态为%2，不在科室的待办队列中。</translation>
    </message>
    <message>
        <source>Case %1 belongs to %2; %3 works for another section.</source>
        <translation>办件 %1 属于%2；%3 属于其他科室。</translation>
    </message>
    <message>
        <source>Only the chief of %1 (an approver of that section) may do this; %2 is not.</source>
        <translation>只有%1的负责人（该科室的审批负责人）可以这样做；%2 不是。</translation>
    </message>
    <message>
        <source>Claim case %1 from the queue first.</source>
        <translation>请先从队列中认领办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is held by %2 since %3; ask them or the section chief to release it.</source>
        <translation>办件 %1 自%3起由%2办理；请其本人或科室负责人释放。</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>The yellow light's working days must be between 0 and 60.</source>
        <translation>黄灯的工作日数必须在 0 至 60 之间。</translation>
    </message>
    <message>
        <source>The yellow light's share of the promised limit must be between 0 and 100 %.</source>
        <translation>黄灯占承诺时限的比例必须在 0 至 100% 之间。</translation>
    </message>
    <message>
        <source>A step limit must be between 0 (none) and 60 working days.</source>
        <translation>环节时限必须在 0（不设）至 60 个工作日之间。</translation>
    </message>
    <message>
        <source>Case %1 was not accepted, so it has no clock.</source>
        <translation>办件 %1 未受理，没有办理时限。</translation>
    </message>
    <message>
        <source>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</source>
        <translation>没有科室“%1”；请写科室代码（SSDJ）或名称（商事登记科）。</translation>
    </message>
    <message>
        <source>Case %1 is at the %2 step: %3</source>
        <translation>办件 %1 处于%2环节：%3</translation>
    </message>
    <message>
        <source>Nobody holds case %1.</source>
        <translation>办件 %1 无人认领。</translation>
    </message>
    <message>
        <source>There is no active user "%1".</source>
        <translation>没有在用的用户“%1”。</translation>
    </message>
    <message>
        <source>%1 may not work on the %2 step of case %3.</source>
        <translation>%1 不能办理办件 %3 的%2环节。</translation>
    </message>
    <message>
        <source>Case %1 has its opinion already and waits for the decision.</source>
        <translation>办件 %1 已有审查意见，正等待决定。</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped; resume it before recording the opinion.</source>
        <translation>办件 %1 已中止计时；请先恢复计时再填写审查意见。</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>An on-site check needs a second reviewer of %1; name one.</source>
        <translation>现场核查需要%1的第二名审查员，请指定。</translation>
    </message>
    <message>
        <source>The second reviewer of an on-site check must be another person.</source>
        <translation>现场核查的第二名审查员必须是另一人。</translation>
    </message>
    <message>
        <source>The site holding case %1 is missing.</source>
        <translation>办理办件 %1 的站点不存在。</translation>
    </message>
    <message>
        <source>The site holding case %1 has no seal in the registry; a document cannot be issued without one.</source>
        <translation>办理办件 %1 的站点在印章登记中没有印章；没有印章不能出具文书。</translation>
    </message>
    <message>
        <source>You accepted case %1 yourself; another approver must decide it.</source>
        <translation>办件 %1 由你本人受理，须由其他审批负责人作出决定。</translation>
    </message>
    <message>
        <source>Case %1 has no review opinion yet; it is decided after the review.</source>
        <translation>办件 %1 尚无审查意见；审查之后才能作出决定。</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped; resume it before deciding.</source>
        <translation>办件 %1 已中止计时；请先恢复计时再作出决定。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Case %1 is %2; only a decision that is not yet printed can be corrected.</source>
        <translation>办件 %1 的状态为%2；只有尚未制证的决定可以更正。</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped already; resume it first.</source>
        <translation>办件 %1 已经中止计时；请先恢复计时。</translation>
    </message>
    <message>
        <source>A special procedure is one of %1.</source>
        <translation>特别程序须为以下之一：%1。</translation>
    </message>
    <message>
        <source>Give the expected duration of the %1 in working days (1–250).</source>
        <translation>请填写%1预计所需的工作日数（1–250）。</translation>
    </message>
    <message>
        <source>The supplement period must be between 0 and 60 working days.</source>
        <translation>补正期限必须在 0 至 60 个工作日之间。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The clock of case %1 is running.</source>
        <translation>办件 %1 正在计时。</translation>
    </message>
    <message>
        <source>Case %1 was extended on %2 already; the law allows one extension.</source>
        <translation>办件 %1 已于%2延期；法律只允许延期一次。</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>The new time limit of case %1 runs into a year without a holiday calendar; import that year's calendar before extending.</source>
        <translation>办件 %1 延期后的期限进入尚未导入节假日安排的年份；请先导入该年的节假日安排再延期。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查员</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批负责人</translation>
    </message>
    <message>
        <source>Seal keeper</source>
        <translation>用印员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监管人员</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
    <message>
        <source>take in applications</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>review applications</source>
        <translation>审查申请</translation>
    </message>
    <message>
        <source>decide applications</source>
        <translation>作出审批决定</translation>
    </message>
    <message>
        <source>apply a seal</source>
        <translation>用印</translation>
    </message>
    <message>
        <source>record supervision</source>
        <translation>登记监管情况</translation>
    </message>
    <message>
        <source>record enforcement</source>
        <translation>登记执法情况</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>change the configuration</source>
        <translation>修改系统配置</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>manage keys</source>
        <translation>管理密钥</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>Hall manager</source>
        <translation>政务服务大厅负责人</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>查看统计看板</translation>
    </message>
    <message>
        <source>see every section's figures</source>
        <translation>查看各科室的统计数据</translation>
    </message>
</context>
<context>
    <name>SealKeyStore</name>
    <message>
        <source>This workstation's keychain holds no signing key %1. Sign on the seal keeper's workstation where the key was made, or have the security administrator make a new key with "onesealctl seal keygen".</source>
        <translation>本工作站的钥匙串中没有签名密钥 %1。请在生成该密钥的用印员工作站上签章，或由安全管理员用“onesealctl seal keygen”生成新密钥。</translation>
    </message>
    <message>
        <source>The keychain is not available (%1), so no seal key can be kept or used here. Unlock the keychain or contact IT; OneSeal never stores seal keys in a file.</source>
        <translation>钥匙串不可用（%1），本机无法保存或使用印章密钥。请解锁钥匙串或联系信息技术人员；一章通从不把印章密钥存入文件。</translation>
    </message>
    <message>
        <source>The keychain entry %1 holds no key for that key id.</source>
        <translation>钥匙串条目 %1 中没有与该密钥标识对应的密钥。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 may not %2: none of their roles grants it.</source>
        <translation>%1 无权%2：其角色均不具有此权限。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation>自动锁屏时间须在 1 至 240 分钟之间。</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The resource %1 is missing.</source>
        <translation>缺少资源 %1。</translation>
    </message>
    <message>
        <source>The demo data refers to a missing %1 (%2).</source>
        <translation>演示数据引用了不存在的%1（%2）。</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>%1 has data already; the demo needs a new, empty file.</source>
        <translation>%1 中已有数据，演示数据须写入一个新的空文件。</translation>
    </message>
    <message>
        <source>The shipped catalogue did not import: line %1, %2: %3</source>
        <translation>随程序提供的事项目录导入失败：第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1 exists already; replay writes into a new file only.</source>
        <translation>%1 已存在；重放只能写入新文件。</translation>
    </message>
    <message>
        <source>The replay succeeded but could not be moved to %1.</source>
        <translation>重放已完成，但无法移动到 %1。</translation>
    </message>
</context>
<context>
    <name>StatutoryClock</name>
    <message>
        <source>The case has no acceptance day, so its clock has not started.</source>
        <translation>该办件没有受理日，尚未开始计时。</translation>
    </message>
    <message>
        <source>Time limits and the extension must not be negative.</source>
        <translation>时限和延长期限不能为负数。</translation>
    </message>
    <message>
        <source>The day to read the clock on is not a valid date.</source>
        <translation>计算时限的日期不是有效日期。</translation>
    </message>
    <message>
        <source>A suspension must start on or after the day the clock started (%1).</source>
        <translation>中止计时不能早于起算日（%1）。</translation>
    </message>
    <message>
        <source>A suspension ends (%1) before it starts (%2).</source>
        <translation>中止计时的结束日（%1）早于开始日（%2）。</translation>
    </message>
    <message>
        <source>The due date lies in a year with no holiday calendar loaded; it stays unknown until an administrator imports that year's calendar.</source>
        <translation>办结日落在尚未导入节假日安排的年份；在管理员导入该年的节假日安排之前，办结日未知。</translation>
    </message>
    <message>
        <source>The %1 has taken %2 working days; the applicant was told %3.</source>
        <translation>%1已用 %2 个工作日，超过书面告知申请人的 %3 个工作日。</translation>
    </message>
    <message>
        <source>The step %1 has taken %2 working days; its limit is %3.</source>
        <translation>%1环节已用 %2 个工作日，超过环节时限 %3 个工作日。</translation>
    </message>
</context>
<context>
    <name>StrictCbor</name>
    <message>
        <source>%1 is damaged or not one of ours: %2 (at byte %3).</source>
        <translation>%1已损坏或并非本系统生成：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>a map was expected</source>
        <translation>此处应为映射</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>此处应为列表</translation>
    </message>
    <message>
        <source>a container of indefinite length</source>
        <translation>容器长度不定</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层数过多</translation>
    </message>
    <message>
        <source>%1 items where at most %2 belong</source>
        <translation>有 %1 项，最多只应有 %2 项</translation>
    </message>
    <message>
        <source>more items than expected</source>
        <translation>项数多于预期</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>此处应为数字</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>a byte string was expected</source>
        <translation>此处应为字节串</translation>
    </message>
    <message>
        <source>a byte string longer than %1 bytes</source>
        <translation>字节串超过 %1 字节</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>此处应为文字</translation>
    </message>
    <message>
        <source>a text longer than %1 bytes</source>
        <translation>文字超过 %1 字节</translation>
    </message>
    <message>
        <source>bytes left over after the end</source>
        <translation>结尾之后还有多余字节</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server answered for %1 of %2 events; they are sent again next time.</source>
        <translation>服务器只答复了 %2 个事件中的 %1 个；这些事件将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>The server's answer does not match the events sent.</source>
        <translation>服务器的答复与发送的事件不符。</translation>
    </message>
    <message>
        <source>The server offered to go back from position %1 to %2; this database keeps its place and reports it.</source>
        <translation>服务器要求从位置 %1 退回到 %2；本数据库保持原位置并报告此情况。</translation>
    </message>
    <message>
        <source>The server's checkpoint is not signed by the key this device was enrolled with; this is not the same central store, or its key was replaced. Tell the IT team.</source>
        <translation>服务器的检查点不是由本设备注册时的密钥签名的：这不是同一个中心库，或其密钥已被更换。请告知信息技术人员。</translation>
    </message>
    <message>
        <source>The central log is shorter (%1) than this device saw before (%2): it was rolled back or replaced. Tell the IT team.</source>
        <translation>中心日志（%1）比本设备此前看到的（%2）更短：它被回滚或替换了。请告知信息技术人员。</translation>
    </message>
    <message>
        <source>The central log at position %1 is not what this device saw before: it was rewritten. Tell the IT team.</source>
        <translation>中心日志在位置 %1 处与本设备此前看到的不同：它被改写了。请告知信息技术人员。</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>无法初始化 libsodium。</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>The step was recorded for another site than the one this device is enrolled for.</source>
        <translation>该操作登记的站点与本设备登记的站点不符。</translation>
    </message>
    <message>
        <source>The step was made with an account that does not work at this site; only the site's own staff record its work.</source>
        <translation>办理该操作的账号不属于本站点；只有本站点的工作人员才能登记本站点的业务。</translation>
    </message>
    <message>
        <source>Only the central hall changes the catalogue, calendar, organisation, seals, dishonesty list and settings.</source>
        <translation>事项目录、工作日历、机构设置、印章、失信名单和系统设置只能由中心大厅修改。</translation>
    </message>
    <message>
        <source>The application or account is held by another site; this site may not change it.</source>
        <translation>该办件或账号由其他站点掌管，本站点不能修改。</translation>
    </message>
    <message>
        <source>Someone else changed the same record first; the step was made on an older state.</source>
        <translation>他人已先行修改了同一记录；该操作是在旧状态上办理的。</translation>
    </message>
    <message>
        <source>The application was closed before this step reached the central store.</source>
        <translation>该操作送达中心库之前，办件已经办结。</translation>
    </message>
    <message>
        <source>The central store could not apply the step to its records (%1).</source>
        <translation>中心库无法将该操作计入记录（%1）。</translation>
    </message>
    <message>
        <source>The central store refused the step (%1: %2).</source>
        <translation>中心库拒绝了该操作（%1：%2）。</translation>
    </message>
    <message>
        <source>Open the case, check what changed, then redo the step or send it again.</source>
        <translation>请打开办件，核对变化后重新办理或重新提交。</translation>
    </message>
    <message>
        <source>Ask the central hall to make the change.</source>
        <translation>请中心大厅修改。</translation>
    </message>
    <message>
        <source>Open the case to see who holds it now; the step cannot be made here.</source>
        <translation>请打开办件查看现由哪个站点掌管；本站点不能办理该操作。</translation>
    </message>
    <message>
        <source>Sign in with your own account and redo the step.</source>
        <translation>请用本人账号登录后重新办理。</translation>
    </message>
    <message>
        <source>Tell the IT team.</source>
        <translation>请告知信息技术人员。</translation>
    </message>
    <message>
        <source>Site saved</source>
        <translation>保存站点</translation>
    </message>
    <message>
        <source>Service window saved</source>
        <translation>保存服务窗口</translation>
    </message>
    <message>
        <source>Section saved</source>
        <translation>保存科室</translation>
    </message>
    <message>
        <source>Department saved</source>
        <translation>保存部门</translation>
    </message>
    <message>
        <source>Seal saved</source>
        <translation>保存印章</translation>
    </message>
    <message>
        <source>Catalogue item changed</source>
        <translation>修改事项目录</translation>
    </message>
    <message>
        <source>Applicant saved</source>
        <translation>保存申请人</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>登记办件</translation>
    </message>
    <message>
        <source>Dishonesty list entry saved</source>
        <translation>保存失信名单条目</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>Working calendar imported</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Application accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Supplementary materials requested</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation>作出审批决定</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Dishonesty list consulted</source>
        <translation>查询失信名单</translation>
    </message>
    <message>
        <source>Case taken for review</source>
        <translation>领取办件审查</translation>
    </message>
    <message>
        <source>Case released</source>
        <translation>退回办件</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>改派办件</translation>
    </message>
    <message>
        <source>Review step completed</source>
        <translation>完成审查环节</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>延长办理期限</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>更正审批决定</translation>
    </message>
    <message>
        <source>Review opinion recorded</source>
        <translation>登记审查意见</translation>
    </message>
    <message>
        <source>Time limit suspended</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <source>Suspension ended</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Decision correction recorded</source>
        <translation>登记决定更正</translation>
    </message>
    <message>
        <source>Queue ticket issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Queue ticket called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Queue ticket called again</source>
        <translation>重新叫号</translation>
    </message>
    <message>
        <source>Queue ticket skipped</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Queue ticket transferred</source>
        <translation>转移号码</translation>
    </message>
    <message>
        <source>Queue ticket finished</source>
        <translation>办结号码</translation>
    </message>
    <message>
        <source>Seal key registered</source>
        <translation>登记印章密钥</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>签发许可证</translation>
    </message>
    <message>
        <source>Licence voided</source>
        <translation>作废许可证</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>撤销许可证</translation>
    </message>
    <message>
        <source>Licence printed</source>
        <translation>打印许可证</translation>
    </message>
    <message>
        <source>Spoiled sheet recorded</source>
        <translation>登记废证纸</translation>
    </message>
    <message>
        <source>Licence handed over</source>
        <translation>送达许可证</translation>
    </message>
    <message>
        <source>This step would be refused again as it is; %1</source>
        <translation>该操作原样提交仍会被拒绝；%1</translation>
    </message>
    <message>
        <source>Notice printed</source>
        <translation>打印文书</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: "%2" must be left, center, right or justify.</source>
        <translation>%1：“%2”须为 left（左对齐）、center（居中）、right（右对齐）或 justify（两端对齐）。</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at position %3; retype the text instead of pasting it.</source>
        <translation>%1的第 %3 个字符是不可见字符或控制字符（U+%2），请手工重新输入，不要粘贴。</translation>
    </message>
    <message>
        <source>%1 contains a broken character at position %2; retype it.</source>
        <translation>%1的第 %2 个字符已损坏，请重新输入。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1长 %2 个字符，最多允许 %3 个。</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Business registration</source>
        <translation>商事登记</translation>
    </message>
    <message>
        <source>Planning and construction</source>
        <translation>规划建设</translation>
    </message>
    <message>
        <source>General services</source>
        <translation>综合服务</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>您的账号未归属任何站点，须由管理员指定。</translation>
    </message>
    <message>
        <source>There is no window kind "%1"; choose one of %2.</source>
        <translation>没有窗口类别“%1”，请选择 %2 之一。</translation>
    </message>
    <message>
        <source>This site has no open %1 window; issue a ticket for another kind or open a window of this kind first.</source>
        <translation>本场所没有开放的%1窗口；请取其他类别的号，或先开放此类窗口。</translation>
    </message>
    <message>
        <source>Your account works at no window; an administrator must assign one to call tickets.</source>
        <translation>您的账户未分配窗口，叫号前请系统管理员分配窗口。</translation>
    </message>
    <message>
        <source>Your window is not in the organisation any more; ask an administrator.</source>
        <translation>您的窗口已不在机构设置中，请联系系统管理员。</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>没有号码 %1。</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your window; finish, skip or transfer it first.</source>
        <translation>%1 号仍在本窗口办理，请先办结、弃号或转移。</translation>
    </message>
    <message>
        <source>Nobody is waiting for a %1 window.</source>
        <translation>没有人在等候%1窗口。</translation>
    </message>
    <message>
        <source>No ticket is at your window; call the next one first.</source>
        <translation>本窗口当前没有号码，请先叫下一号。</translation>
    </message>
    <message>
        <source>Ticket %1 is already in the %2 queue; choose another kind of window.</source>
        <translation>%1 号已在%2队列中，请选择其他类别的窗口。</translation>
    </message>
    <message>
        <source>This site has no open %1 window to pass ticket %2 to.</source>
        <translation>本场所没有开放的%1窗口可接收 %2 号。</translation>
    </message>
    <message>
        <source>There is no case %1; check the number on the notice.</source>
        <translation>没有编号为 %1 的办件，请核对通知书上的编号。</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>County hall</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Town centres too</source>
        <translation>镇（街道）级</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>纸质或电子</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>基本编码</translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>实施机关</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Review standard</source>
        <translation>审查标准</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Statutory time limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>窗口类别</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>审批科室</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Result template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>结果文书</translation>
    </message>
    <message>
        <source>Decided on the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>办理层级</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Site saved</source>
        <translation>保存站点</translation>
    </message>
    <message>
        <source>Window saved</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <source>Section saved</source>
        <translation>保存科室</translation>
    </message>
    <message>
        <source>Department saved</source>
        <translation>保存部门</translation>
    </message>
    <message>
        <source>Seal saved</source>
        <translation>保存印章</translation>
    </message>
    <message>
        <source>Catalogue item saved</source>
        <translation>保存事项</translation>
    </message>
    <message>
        <source>Calendar year imported</source>
        <translation>导入年度日历</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Applicant saved</source>
        <translation>保存申请人</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>登记办件</translation>
    </message>
    <message>
        <source>Dishonesty list entry saved</source>
        <translation>保存失信名单记录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Dishonesty list entry</source>
        <translation>失信名单记录</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>The message is not a valid sync message: %1. Check that client and server are the same version.</source>
        <translation>该消息不是有效的同步消息：%1。请检查客户端与服务器的版本是否一致。</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1 at byte %2)</source>
        <translation>消息体不是 JSON 对象（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the field "%1" is missing or of the wrong type</source>
        <translation>字段“%1”缺失或类型错误</translation>
    </message>
    <message>
        <source>the device time of event %1 is not an ISO 8601 instant</source>
        <translation>事件 %1 的设备时间不是 ISO 8601 时刻</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: it was changed or cut on the way.</source>
        <translation>事件 %1 与其哈希不符：它在传输中被修改或截断。</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1 but the client sent %2: update the client.</source>
        <translation>本服务器使用同步协议第 %1 版，但客户端发送的是第 %2 版：请更新客户端。</translation>
    </message>
    <message>
        <source>a push carries at most %1 events</source>
        <translation>一次推送最多包含 %1 个事件</translation>
    </message>
    <message>
        <source>event %1 belongs to another device than the push</source>
        <translation>事件 %1 属于推送以外的另一台设备</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an explanation.</source>
        <translation>服务器返回了 HTTP %1，但没有说明原因。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The calendar file is not valid JSON: %1.</source>
        <translation>日历文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The calendar file has no valid "year" field.</source>
        <translation>日历文件缺少有效的“year”（年份）字段。</translation>
    </message>
    <message>
        <source>Calendar entry %1 needs a date (YYYY-MM-DD) and isOffDay (true or false).</source>
        <translation>日历第 %1 条须有日期（YYYY-MM-DD）和 isOffDay（true 或 false）。</translation>
    </message>
    <message>
        <source>Calendar entry %1 (%2) lies outside the year %3.</source>
        <translation>日历第 %1 条（%2）不在 %3 年内。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The count runs into %1, which has no holiday calendar loaded (loaded: %2); an administrator must import the %1 calendar first.</source>
        <translation>计算跨入 %1 年，但该年尚未载入节假日日历（已载入：%2），须由管理员先导入 %1 年日历。</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>起始日期无效。</translation>
    </message>
    <message>
        <source>The number of working days must not be negative.</source>
        <translation>工作日数不能为负数。</translation>
    </message>
</context>
</TS>