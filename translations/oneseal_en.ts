<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>The new password must have at least 8 characters and at least three of: lower-case letters, capital letters, digits, other characters.</source>
        <translation>The new password must have at least 8 characters and at least three of: lower-case letters, capital letters, digits, other characters.</translation>
    </message>
    <message>
        <source>There is no account with the id %1.</source>
        <translation>There is no account with the id %1.</translation>
    </message>
    <message>
        <source>The password was wrong %1 times in a row; the account is locked for %2 minutes.</source>
        <translation>The password was wrong %1 times in a row; the account is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The user name must be 3-32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>The user name must be 3-32 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The user name %1 is taken; choose another.</source>
        <translation>The user name %1 is taken; choose another.</translation>
    </message>
    <message>
        <source>This database has accounts already.</source>
        <translation>This database has accounts already.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>You cannot change your own roles; another security administrator must.</source>
        <translation>You cannot change your own roles; another security administrator must.</translation>
    </message>
    <message>
        <source>An administrator role cannot be combined with a business role; create a separate account.</source>
        <translation>An administrator role cannot be combined with a business role; create a separate account.</translation>
    </message>
    <message>
        <source>The system, security and audit administrator roles must be held by three different accounts.</source>
        <translation>The system, security and audit administrator roles must be held by three different accounts.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check the keyboard layout and Caps Lock; after %1 wrong passwords in a row an account locks for %2 minutes.</source>
        <translation>The user name or password is wrong. Check the keyboard layout and Caps Lock; after %1 wrong passwords in a row an account locks for %2 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after repeated wrong passwords; try again in %n minute(s) or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after repeated wrong passwords; try again in %n minute or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after repeated wrong passwords; try again in %n minutes or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>There is no active account %1.</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved, awaiting seal</source>
        <translation>Approved, awaiting seal</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence issued</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>Your account belongs to no site; an administrator must assign one.</translation>
    </message>
    <message>
        <source>Unknown application state %1.</source>
        <translation>Unknown application state %1.</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>There is no item with the code %1.</source>
        <translation>There is no item with the code %1.</translation>
    </message>
    <message>
        <source>%1 may not see applications: only business roles may.</source>
        <translation>%1 may not see applications: only business roles may.</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>The Base45 text has %1 characters; a length that leaves one over is never valid.</source>
        <translation>The Base45 text has %1 characters; a length that leaves one over is never valid.</translation>
    </message>
    <message>
        <source>Character %1 of the Base45 text is "%2", which Base45 does not use.</source>
        <translation>Character %1 of the Base45 text is "%2", which Base45 does not use.</translation>
    </message>
    <message>
        <source>Characters %1–%2 of the Base45 text stand for no pair of bytes.</source>
        <translation>Characters %1–%2 of the Base45 text stand for no pair of bytes.</translation>
    </message>
    <message>
        <source>The last two characters of the Base45 text stand for no byte.</source>
        <translation>The last two characters of the Base45 text stand for no byte.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message>
        <source>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</source>
        <translation>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 cases; ask for fewer.</source>
        <translation>A page holds 1 to %1 cases; ask for fewer.</translation>
    </message>
    <message>
        <source>The offset of a page cannot be negative.</source>
        <translation>The offset of a page cannot be negative.</translation>
    </message>
    <message>
        <source>Sign in to save a filter; filters are kept per user.</source>
        <translation>Sign in to save a filter; filters are kept per user.</translation>
    </message>
    <message>
        <source>Give the filter a name of 1 to %1 characters.</source>
        <translation>Give the filter a name of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>You keep %1 filters already; remove one you no longer use first.</source>
        <translation>You keep %1 filters already; remove one you no longer use first.</translation>
    </message>
    <message>
        <source>You have no saved filter "%1".</source>
        <translation>You have no saved filter "%1".</translation>
    </message>
</context>
<context>
    <name>CatalogueCodec</name>
    <message>
        <source>row %1 (line %2)</source>
        <translation>row %1 (line %2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, field %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>a quoted cell is never closed</translation>
    </message>
    <message>
        <source>must be a whole number, not "%1"</source>
        <translation>must be a whole number, not "%1"</translation>
    </message>
    <message>
        <source>must be 1 or 0, not "%1"</source>
        <translation>must be 1 or 0, not "%1"</translation>
    </message>
    <message>
        <source>entry %1 has %2 parts separated by "|"; %3 to %4 are expected</source>
        <translation>entry %1 has %2 parts separated by "|"; %3 to %4 are expected</translation>
    </message>
    <message>
        <source>material "%1" needs required (1 or 0), originals and copies as whole numbers: name|required|originals|copies|form|source|notes</source>
        <translation>material "%1" needs required (1 or 0), originals and copies as whole numbers: name|required|originals|copies|form|source|notes</translation>
    </message>
    <message>
        <source>"%1" needs its expected duration in working days: kind|days|description</source>
        <translation>"%1" needs its expected duration in working days: kind|days|description</translation>
    </message>
    <message>
        <source>fee "%1" needs its amount in fen as a whole number: name|fen|basis</source>
        <translation>fee "%1" needs its amount in fen as a whole number: name|fen|basis</translation>
    </message>
    <message>
        <source>%1 appears already in row %2</source>
        <translation>%1 appears already in row %2</translation>
    </message>
    <message>
        <source>"%1" appears already in row %2</source>
        <translation>"%1" appears already in row %2</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>Administrative compulsion</source>
        <translation>Administrative compulsion</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>Administrative levy</translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation>Administrative payment</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>Administrative inspection</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation>Administrative reward</translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation>Administrative ruling</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>Other administrative power</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Review and referral</source>
        <translation>Review and referral</translation>
    </message>
    <message>
        <source>must be 1-64 letters, digits or hyphens</source>
        <translation>must be 1-64 letters, digits or hyphens</translation>
    </message>
    <message>
        <source>must be lower-case letters a-z only, for example spjyxk</source>
        <translation>must be lower-case letters a-z only, for example spjyxk</translation>
    </message>
    <message>
        <source>must be a two-digit item type from 01 to 12, not "%1"</source>
        <translation>must be a two-digit item type from 01 to 12, not "%1"</translation>
    </message>
    <message>
        <source>at least one legal basis is needed (行政许可法 Art. 30)</source>
        <translation>at least one legal basis is needed (行政许可法 Art. 30)</translation>
    </message>
    <message>
        <source>each legal basis needs the law and the article</source>
        <translation>each legal basis needs the law and the article</translation>
    </message>
    <message>
        <source>at least one material is needed</source>
        <translation>at least one material is needed</translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation>every material needs a name</translation>
    </message>
    <message>
        <source>material "%1": originals and copies must be 0-99</source>
        <translation>material "%1": originals and copies must be 0-99</translation>
    </message>
    <message>
        <source>material "%1": the form must be paper, electronic or paper_or_electronic, not "%2"</source>
        <translation>material "%1": the form must be paper, electronic or paper_or_electronic, not "%2"</translation>
    </message>
    <message>
        <source>must be 0-365 working days</source>
        <translation>must be 0-365 working days</translation>
    </message>
    <message>
        <source>must be between 0 and the statutory limit (%1 working days)</source>
        <translation>must be between 0 and the statutory limit (%1 working days)</translation>
    </message>
    <message>
        <source>"%1" is no special procedure of 行政许可法 Art. 45; use one of %2</source>
        <translation>"%1" is no special procedure of 行政许可法 Art. 45; use one of %2</translation>
    </message>
    <message>
        <source>%1: the expected duration must be 1-365 working days</source>
        <translation>%1: the expected duration must be 1-365 working days</translation>
    </message>
    <message>
        <source>every fee needs a name, an amount of at least 0 fen and its legal basis</source>
        <translation>every fee needs a name, an amount of at least 0 fen and its legal basis</translation>
    </message>
    <message>
        <source>must be commerce, planning or general, not "%1"</source>
        <translation>must be commerce, planning or general, not "%1"</translation>
    </message>
    <message>
        <source>must be county or town, not "%1"</source>
        <translation>must be county or town, not "%1"</translation>
    </message>
    <message>
        <source>the deciding section's code is needed</source>
        <translation>the deciding section's code is needed</translation>
    </message>
    <message>
        <source>the supervising department's code is needed</source>
        <translation>the supervising department's code is needed</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>not a OneSeal catalogue: expected {"format": "%1", "version": 1, "items": [...]}</source>
        <translation>not a OneSeal catalogue: expected {"format": "%1", "version": 1, "items": [...]}</translation>
    </message>
    <message>
        <source>the file is not UTF-8; save it as "CSV UTF-8"</source>
        <translation>the file is not UTF-8; save it as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>the header has no column %1</translation>
    </message>
    <message>
        <source>this row has %1 cells but the header has %2</source>
        <translation>this row has %1 cells but the header has %2</translation>
    </message>
    <message>
        <source>Basic code</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Implementing agency</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation>Acceptance conditions</translation>
    </message>
    <message>
        <source>Review method</source>
        <translation>Review method</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Special procedures</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Window kind</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>Deciding section</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>Supervising department</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Document template</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>Decided on the spot</source>
        <translation>Decided on the spot</translation>
    </message>
    <message>
        <source>Handling level</source>
        <translation>Handling level</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>there is no section with the code %1; add it under Organisation first</source>
        <translation>there is no section with the code %1; add it under Organisation first</translation>
    </message>
    <message>
        <source>there is no department with the code %1; add it under Organisation first</source>
        <translation>there is no department with the code %1; add it under Organisation first</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation>There is no item with the id %1.</translation>
    </message>
    <message>
        <source>another item (%1) has this implementation code or name</source>
        <translation>another item (%1) has this implementation code or name</translation>
    </message>
</context>
<context>
    <name>CentralStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <source>The device %1 is not enrolled; enrol it with a code from the server.</source>
        <translation>The device %1 is not enrolled; enrol it with a code from the server.</translation>
    </message>
    <message>
        <source>The request carries no device token; enrol the device first.</source>
        <translation>The request carries no device token; enrol the device first.</translation>
    </message>
    <message>
        <source>The device token is not known here; enrol the device again with a new code.</source>
        <translation>The device token is not known here; enrol the device again with a new code.</translation>
    </message>
    <message>
        <source>There is no site "%1" in the central store; give a site code such as PZ, after importing the central hall's database.</source>
        <translation>There is no site "%1" in the central store; give a site code such as PZ, after importing the central hall's database.</translation>
    </message>
    <message>
        <source>The step was recorded for another site than the one this device is enrolled for; it is not accepted here.</source>
        <translation>The step was recorded for another site than the one this device is enrolled for; it is not accepted here.</translation>
    </message>
    <message>
        <source>The step was made by an account that does not work at this site; only the site's own staff record its work.</source>
        <translation>The step was made by an account that does not work at this site; only the site's own staff record its work.</translation>
    </message>
    <message>
        <source>Only the central hall changes the %1 list; ask the central hall to make this change.</source>
        <translation>Only the central hall changes the %1 list; ask the central hall to make this change.</translation>
    </message>
    <message>
        <source>User accounts of another site, and new accounts, are managed at the central hall.</source>
        <translation>User accounts of another site, and new accounts, are managed at the central hall.</translation>
    </message>
    <message>
        <source>The application %1 is not held by this site.</source>
        <translation>The application %1 is not held by this site.</translation>
    </message>
    <message>
        <source>The application is held by another site now; this site may no longer change it.</source>
        <translation>The application is held by another site now; this site may no longer change it.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 first (it is at version %2 now, the step was made on version %3). Look at it again and redo the step.</source>
        <translation>Someone else changed this %1 first (it is at version %2 now, the step was made on version %3). Look at it again and redo the step.</translation>
    </message>
    <message>
        <source>The application was closed (%1) before this step arrived; it takes no further step.</source>
        <translation>The application was closed (%1) before this step arrived; it takes no further step.</translation>
    </message>
    <message>
        <source>The token belongs to another device than the one whose events were sent.</source>
        <translation>The token belongs to another device than the one whose events were sent.</translation>
    </message>
    <message>
        <source>This device sent a different event as its number %1: its database was probably restored from an old backup. Enrol it anew instead.</source>
        <translation>This device sent a different event as its number %1: its database was probably restored from an old backup. Enrol it anew instead.</translation>
    </message>
    <message>
        <source>Event number %1 of this device arrived before number %2; send the events in order.</source>
        <translation>Event number %1 of this device arrived before number %2; send the events in order.</translation>
    </message>
    <message>
        <source>Event number %1 does not continue this device's hash chain.</source>
        <translation>Event number %1 does not continue this device's hash chain.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used already or expired; ask the server's administrator for a new one (oneseal-server enrol-code --site SITE).</source>
        <translation>The enrolment code is wrong, used already or expired; ask the server's administrator for a new one (oneseal-server enrol-code --site SITE).</translation>
    </message>
    <message>
        <source>The enrolment names no device.</source>
        <translation>The enrolment names no device.</translation>
    </message>
    <message>
        <source>This device's events belong to another site; it cannot be enrolled for this one. Use a new database for the other site.</source>
        <translation>This device's events belong to another site; it cannot be enrolled for this one. Use a new database for the other site.</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but the store expects number %3.</source>
        <translation>Event %1 is number %2 of its device but the store expects number %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL central store failed while %1: %2</source>
        <translation>The PostgreSQL central store failed while %1: %2</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>preparing "%1"</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>running "%1"</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>committing</translation>
    </message>
    <message>
        <source>creating the central tables</source>
        <translation>creating the central tables</translation>
    </message>
    <message>
        <source>The store %1 is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DB, for example postgresql://oneseal@127.0.0.1:5432/oneseal.</source>
        <translation>The store %1 is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DB, for example postgresql://oneseal@127.0.0.1:5432/oneseal.</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed; install the package libqt6sql6-psql.</source>
        <translation>Qt's PostgreSQL driver is not installed; install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>The licence was issued at another site; only that site or the central hall may print, void or revoke it.</source>
        <translation>The licence was issued at another site; only that site or the central hall may print, void or revoke it.</translation>
    </message>
    <message>
        <source>Only the central hall changes the seal list; a town centre registers its own seal's keys only.</source>
        <translation>Only the central hall changes the seal list; a town centre registers its own seal's keys only.</translation>
    </message>
    <message>
        <source>A seal key registration may change the seal's key only, not its %1; the central hall edits the seal itself.</source>
        <translation>A seal key registration may change the seal's key only, not its %1; the central hall edits the seal itself.</translation>
    </message>
    <message>
        <source>The seal %1 is not in the seal registry; the central hall registers a seal before its keys.</source>
        <translation>The seal %1 is not in the seal registry; the central hall registers a seal before its keys.</translation>
    </message>
    <message>
        <source>The seal belongs to another site: a town centre registers keys for its own 便民服务中心专用章 only, and the bureau's keys are made at the central hall.</source>
        <translation>The seal belongs to another site: a town centre registers keys for its own 便民服务中心专用章 only, and the bureau's keys are made at the central hall.</translation>
    </message>
    <message>
        <source>The key %1 is not registered for this seal; register the seal's own key first.</source>
        <translation>The key %1 is not registered for this seal; register the seal's own key first.</translation>
    </message>
    <message>
        <source>No folder for the projection: %1</source>
        <translation>No folder for the projection: %1</translation>
    </message>
    <message>
        <source>The projection %1 follows another central log; it is made anew.</source>
        <translation>The projection %1 follows another central log; it is made anew.</translation>
    </message>
    <message>
        <source>The state folder %1 cannot be written: the projection is rebuilt from the log in a temporary folder at every start. Give the server a folder it may write with --state-dir.</source>
        <translation>The state folder %1 cannot be written: the projection is rebuilt from the log in a temporary folder at every start. Give the server a folder it may write with --state-dir.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--start needs a date written as YYYY-MM-DD, not "%1"</source>
        <translation>--start needs a date written as YYYY-MM-DD, not "%1"</translation>
    </message>
    <message>
        <source>--days needs a whole number of working days (0 or more), not "%1"</source>
        <translation>--days needs a whole number of working days (0 or more), not "%1"</translation>
    </message>
    <message>
        <source>The start date %1 lies in %2, which has no holiday calendar loaded; an administrator must import the %2 calendar first.</source>
        <translation>The start date %1 lies in %2, which has no holiday calendar loaded; an administrator must import the %2 calendar first.</translation>
    </message>
    <message>
        <source>say import or list, with --db</source>
        <translation>say import or list, with --db</translation>
    </message>
    <message>
        <source>import needs --file with a holiday calendar in the holiday-cn JSON format</source>
        <translation>import needs --file with a holiday calendar in the holiday-cn JSON format</translation>
    </message>
    <message>
        <source>%1: %2 days off, %3 make-up working days</source>
        <translation>%1: %2 days off, %3 make-up working days</translation>
    </message>
    <message>
        <source>say import or export, with --db and --file</source>
        <translation>say import or export, with --db and --file</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>Exported %1 items to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem to fix first.</numerusform>
            <numerusform>Nothing was imported: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Imported %1: %2 new, %3 changed, %4 unchanged.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file.</source>
        <translation>%1 exists already; give the name of a new file.</translation>
    </message>
    <message>
        <source>--db names the new database file</source>
        <translation>--db names the new database file</translation>
    </message>
    <message>
        <source>Created %1 with the system administrator "%2".</source>
        <translation>Created %1 with the system administrator "%2".</translation>
    </message>
    <message>
        <source>Initial password: %1 (shown once; it must be changed at the first sign-in)</source>
        <translation>Initial password: %1 (shown once; it must be changed at the first sign-in)</translation>
    </message>
    <message>
        <source>Created the demo database %1 (%2 events). Demo accounts, password %3:</source>
        <translation>Created the demo database %1 (%2 events). Demo accounts, password %3:</translation>
    </message>
    <message>
        <source>--db names the database</source>
        <translation>--db names the database</translation>
    </message>
    <message>
        <source>say what to validate: id (resident ID) or uscc (credit code)</source>
        <translation>say what to validate: id (resident ID) or uscc (credit code)</translation>
    </message>
    <message>
        <source>say verify, with --db</source>
        <translation>say verify, with --db</translation>
    </message>
    <message>
        <source>broken at event %1 (%2): %3</source>
        <translation>broken at event %1 (%2): %3</translation>
    </message>
    <message>
        <source>say list or replay, with --db</source>
        <translation>say list or replay, with --db</translation>
    </message>
    <message>
        <source>replay needs --into with the name of a new database file</source>
        <translation>replay needs --into with the name of a new database file</translation>
    </message>
    <message>
        <source>Replayed %1 events into %2.</source>
        <translation>Replayed %1 events into %2.</translation>
    </message>
    <message>
        <source>onesealctl: unknown command "%1"</source>
        <translation>onesealctl: unknown command "%1"</translation>
    </message>
    <message>
        <source>onesealctl: ignored unknown options: %1</source>
        <translation>onesealctl: ignored unknown options: %1</translation>
    </message>
    <message>
        <source>intake needs --db, --file and --out (or --example)</source>
        <translation>intake needs --db, --file and --out (or --example)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 is not a JSON object: %2.</translation>
    </message>
    <message>
        <source>say which counter clerk takes the application in: --user NAME or "clerk" in the request</source>
        <translation>say which counter clerk takes the application in: --user NAME or "clerk" in the request</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>(submitted before; nothing new was written)</source>
        <translation>(submitted before; nothing new was written)</translation>
    </message>
    <message>
        <source>The application was recorded, but its notice could not be written: %1</source>
        <translation>The application was recorded, but its notice could not be written: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The change was recorded, but its document could not be written: %1</source>
        <translation>The change was recorded, but its document could not be written: %1</translation>
    </message>
    <message>
        <source>queue needs --db and --section</source>
        <translation>queue needs --db and --section</translation>
    </message>
    <message>
        <source>--on needs a date written as YYYY-MM-DD</source>
        <translation>--on needs a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>clock needs --db and --case</source>
        <translation>clock needs --db and --case</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>case: %1</translation>
    </message>
    <message>
        <source>as of: %1%2</source>
        <translation>as of: %1%2</translation>
    </message>
    <message>
        <source> (decided; the clock is frozen)</source>
        <translation> (decided; the clock is frozen)</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>start: %1</translation>
    </message>
    <message>
        <source>due date: %1</source>
        <translation>due date: %1</translation>
    </message>
    <message>
        <source>statutory due date: %1</source>
        <translation>statutory due date: %1</translation>
    </message>
    <message>
        <source>suspended working days: %1%2</source>
        <translation>suspended working days: %1%2</translation>
    </message>
    <message>
        <source> (suspended now)</source>
        <translation> (suspended now)</translation>
    </message>
    <message>
        <source>extension: %1</source>
        <translation>extension: %1</translation>
    </message>
    <message>
        <source>remaining working days: %1</source>
        <translation>remaining working days: %1</translation>
    </message>
    <message>
        <source>statutory remaining working days: %1</source>
        <translation>statutory remaining working days: %1</translation>
    </message>
    <message>
        <source>light: %1</source>
        <translation>light: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>review needs --db, --case, --user and one verb</source>
        <translation>review needs --db, --case, --user and one verb</translation>
    </message>
    <message>
        <source>--days needs a whole number of working days, not "%1"</source>
        <translation>--days needs a whole number of working days, not "%1"</translation>
    </message>
    <message>
        <source>%1 needs either --grant or --refuse</source>
        <translation>%1 needs either --grant or --refuse</translation>
    </message>
    <message>
        <source>unknown review verb "%1"</source>
        <translation>unknown review verb "%1"</translation>
    </message>
    <message>
        <source>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</source>
        <translation>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</translation>
    </message>
    <message>
        <source>--offset-x and --offset-y are millimetres between -20 and 20, like 1.5 or -0.8.</source>
        <translation>--offset-x and --offset-y are millimetres between -20 and 20, like 1.5 or -0.8.</translation>
    </message>
    <message>
        <source>licence print and reprint need --serial and --out</source>
        <translation>licence print and reprint need --serial and --out</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>Cannot read the image %1.</translation>
    </message>
    <message>
        <source>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</source>
        <translation>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</translation>
    </message>
    <message>
        <source>say keygen, with --db, --seal and --user</source>
        <translation>say keygen, with --db, --seal and --user</translation>
    </message>
    <message>
        <source>key %1 of seal %2 is in this workstation's keychain; its public key is in the seal registry</source>
        <translation>key %1 of seal %2 is in this workstation's keychain; its public key is in the seal registry</translation>
    </message>
    <message>
        <source>licence preview needs --serial and --out</source>
        <translation>licence preview needs --serial and --out</translation>
    </message>
    <message>
        <source>licence issue needs --case and --seal</source>
        <translation>licence issue needs --case and --seal</translation>
    </message>
    <message>
        <source>--valid-until must be a date like 2031-11-27</source>
        <translation>--valid-until must be a date like 2031-11-27</translation>
    </message>
    <message>
        <source>The item's result is printed on "%1", which is no template here: %2</source>
        <translation>The item's result is printed on "%1", which is no template here: %2</translation>
    </message>
    <message>
        <source>licence void needs --serial</source>
        <translation>licence void needs --serial</translation>
    </message>
    <message>
        <source>licence revoke needs --serial</source>
        <translation>licence revoke needs --serial</translation>
    </message>
    <message>
        <source>licence spoil needs --stock</source>
        <translation>licence spoil needs --stock</translation>
    </message>
    <message>
        <source>unknown licence action "%1"</source>
        <translation>unknown licence action "%1"</translation>
    </message>
    <message>
        <source>verify needs --db and one of --qr-text or --image</source>
        <translation>verify needs --db and one of --qr-text or --image</translation>
    </message>
    <message>
        <source>%1 print %2 · %3 · %4 · %5 · issued %6 by %7</source>
        <translation>%1 print %2 · %3 · %4 · %5 · issued %6 by %7</translation>
    </message>
    <message>
        <source>pushed %1 (accepted %2, rejected %3)</source>
        <translation>pushed %1 (accepted %2, rejected %3)</translation>
    </message>
    <message>
        <source>rejected %1 %2:%3 — %4</source>
        <translation>rejected %1 %2:%3 — %4</translation>
    </message>
    <message>
        <source>pulled %1</source>
        <translation>pulled %1</translation>
    </message>
    <message>
        <source>cursor %1, pending %2, checkpoint %3</source>
        <translation>cursor %1, pending %2, checkpoint %3</translation>
    </message>
    <message>
        <source>enroll needs --db, --server and --code</source>
        <translation>enroll needs --db, --server and --code</translation>
    </message>
    <message>
        <source>--server needs a URL such as https://oneseal.example.gov.cn</source>
        <translation>--server needs a URL such as https://oneseal.example.gov.cn</translation>
    </message>
    <message>
        <source>Enrolled device %1 for site %2 at %3.</source>
        <translation>Enrolled device %1 for site %2 at %3.</translation>
    </message>
    <message>
        <source>The device token is kept in the system keychain.</source>
        <translation>The device token is kept in the system keychain.</translation>
    </message>
    <message>
        <source>No keychain answered (%1): the device token is kept for this session only and is not saved. Syncing once now; enrol again with a new code for the next sync.</source>
        <translation>No keychain answered (%1): the device token is kept for this session only and is not saved. Syncing once now; enrol again with a new code for the next sync.</translation>
    </message>
    <message>
        <source>sync needs --db</source>
        <translation>sync needs --db</translation>
    </message>
    <message>
        <source>%1 is not enrolled with a server: run onesealctl enroll --db FILE --server URL --code CODE first.</source>
        <translation>%1 is not enrolled with a server: run onesealctl enroll --db FILE --server URL --code CODE first.</translation>
    </message>
    <message>
        <source>ticket needs one of: %1</source>
        <translation>ticket needs one of: %1</translation>
    </message>
    <message>
        <source>ticket needs --db FILE</source>
        <translation>ticket needs --db FILE</translation>
    </message>
    <message>
        <source>ticket %1 needs --kind commerce, planning or general</source>
        <translation>ticket %1 needs --kind commerce, planning or general</translation>
    </message>
    <message>
        <source>ticket list needs --site CODE or --user NAME</source>
        <translation>ticket list needs --site CODE or --user NAME</translation>
    </message>
    <message>
        <source>ticket %1 needs --user: the clerk at the window</source>
        <translation>ticket %1 needs --user: the clerk at the window</translation>
    </message>
    <message>
        <source>--date must be a date written as YYYY-MM-DD</source>
        <translation>--date must be a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>say issue, preview, print, reprint, void, spoil, revoke, sheets or handover, with --db and --user</source>
        <translation>say issue, preview, print, reprint, void, spoil, revoke, sheets or handover, with --db and --user</translation>
    </message>
    <message>
        <source>licence handover needs --serial</source>
        <translation>licence handover needs --serial</translation>
    </message>
    <message>
        <source>This database has no demo account "%1" (%2); give a database made by "onesealctl demo-db", or the name of a new file.</source>
        <translation>This database has no demo account "%1" (%2); give a database made by "onesealctl demo-db", or the name of a new file.</translation>
    </message>
    <message>
        <source>generated by %1 into this workstation's keychain</source>
        <translation>generated by %1 into this workstation's keychain</translation>
    </message>
    <message>
        <source>onesealctl: no keychain answers on this workstation, so the licence cannot be signed and was not printed; the documents above were written unsigned. Start a desktop session (or gnome-keyring) and run the demo again. (%1)</source>
        <translation>onesealctl: no keychain answers on this workstation, so the licence cannot be signed and was not printed; the documents above were written unsigned. Start a desktop session (or gnome-keyring) and run the demo again. (%1)</translation>
    </message>
    <message>
        <source>demo needs --db (a demo database, made when missing) and --out (a folder)</source>
        <translation>demo needs --db (a demo database, made when missing) and --out (a folder)</translation>
    </message>
    <message>
        <source>created with the demo organisation and accounts</source>
        <translation>created with the demo organisation and accounts</translation>
    </message>
    <message>
        <source>report needs --db, --from and --to</source>
        <translation>report needs --db, --from and --to</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD</source>
        <translation>--from and --to need dates written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--by is one of section, item, window or person, not "%1"</source>
        <translation>--by is one of section, item, window or person, not "%1"</translation>
    </message>
    <message>
        <source>--site names a site by its code (PZ, LC …); there is no site "%1"</source>
        <translation>--site names a site by its code (PZ, LC …); there is no site "%1"</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n case(s) left out: their clock runs into a year without a holiday calendar</source>
        <translation>
            <numerusform>warning: %n case left out: their clock runs into a year without a holiday calendar</numerusform>
            <numerusform>warning: %n cases left out: their clock runs into a year without a holiday calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cose</name>
    <message>
        <source>The signature header</source>
        <translation>The signature header</translation>
    </message>
    <message>
        <source>The signature uses algorithm %1; only EdDSA (−8) is accepted.</source>
        <translation>The signature uses algorithm %1; only EdDSA (−8) is accepted.</translation>
    </message>
    <message>
        <source>The signature header has the unexpected label %1.</source>
        <translation>The signature header has the unexpected label %1.</translation>
    </message>
    <message>
        <source>The signature header lacks the algorithm or the key id.</source>
        <translation>The signature header lacks the algorithm or the key id.</translation>
    </message>
    <message>
        <source>The signing key has %1 bytes; an Ed25519 secret key has %2.</source>
        <translation>The signing key has %1 bytes; an Ed25519 secret key has %2.</translation>
    </message>
    <message>
        <source>The key id must have 1 to %1 bytes.</source>
        <translation>The key id must have 1 to %1 bytes.</translation>
    </message>
    <message>
        <source>The signed code has %1 bytes; no licence code has more than %2.</source>
        <translation>The signed code has %1 bytes; no licence code has more than %2.</translation>
    </message>
    <message>
        <source>The signed code</source>
        <translation>The signed code</translation>
    </message>
    <message>
        <source>The signed code carries tag %1; a COSE_Sign1 carries tag 18.</source>
        <translation>The signed code carries tag %1; a COSE_Sign1 carries tag 18.</translation>
    </message>
    <message>
        <source>The signed code has %1 parts; a COSE_Sign1 has 4.</source>
        <translation>The signed code has %1 parts; a COSE_Sign1 has 4.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; an Ed25519 signature has %2.</source>
        <translation>The signature has %1 bytes; an Ed25519 signature has %2.</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Credit code must have 18 characters; this one has %1.</source>
        <translation>Credit code must have 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Credit code: character %1 is part of the area code and must be a digit, not "%2".</source>
        <translation>Credit code: character %1 is part of the area code and must be a digit, not "%2".</translation>
    </message>
    <message>
        <source>Credit code: character %1 "%2" is not allowed; credit codes use digits and capital letters except I, O, S, V and Z.</source>
        <translation>Credit code: character %1 "%2" is not allowed; credit codes use digits and capital letters except I, O, S, V and Z.</translation>
    </message>
    <message>
        <source>Credit code: the check character is %1 but the first 17 characters call for %2; check the code for a typing error.</source>
        <translation>Credit code: the check character is %1 but the first 17 characters call for %2; check the code for a typing error.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a OneSeal database (it is not a SQLite file at all).</source>
        <translation>%1 is not a OneSeal database (it is not a SQLite file at all).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a SQLite database; it may be damaged or not a OneSeal database.</source>
        <translation>%1 cannot be read as a SQLite database; it may be damaged or not a OneSeal database.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a OneSeal database; it was left untouched.</source>
        <translation>%1 is a SQLite file of another program, not a OneSeal database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer OneSeal (schema %2; this program knows up to %3). Install the newer OneSeal to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer OneSeal (schema %2; this program knows up to %3). Install the newer OneSeal to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>%1 is empty; create it with "onesealctl init" first.</source>
        <translation>%1 is empty; create it with "onesealctl init" first.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 and needs upgrading to %3; open it once with OneSeal to upgrade it (a backup is made first).</source>
        <translation>%1 uses schema %2 and needs upgrading to %3; open it once with OneSeal to upgrade it (a backup is made first).</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>The database was not upgraded because the backup before the upgrade failed: %1</translation>
    </message>
    <message>
        <source>reading migration %1</source>
        <translation>reading migration %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was rolled back: %2</source>
        <translation>Upgrading the database to schema %1 failed and was rolled back: %2</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>preparing "%1"</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>running "%1"</translation>
    </message>
    <message>
        <source>running a script</source>
        <translation>running a script</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <source>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again (onesealctl enroll).</source>
        <translation>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again (onesealctl enroll).</translation>
    </message>
    <message>
        <source>This device has no token in the keychain: enrol it first with onesealctl enroll --db FILE --server URL --code CODE.</source>
        <translation>This device has no token in the keychain: enrol it first with onesealctl enroll --db FILE --server URL --code CODE.</translation>
    </message>
    <message>
        <source>The keychain could not give the device token (%1). Unlock the keychain, or enrol the device again.</source>
        <translation>The keychain could not give the device token (%1). Unlock the keychain, or enrol the device again.</translation>
    </message>
    <message>
        <source>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again.</source>
        <translation>The keychain did not answer, so the device token cannot be read. Unlock the keychain, or enrol the device again.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server %1 did not answer within %2 s; the work stays queued and is sent next time.</source>
        <translation>The server %1 did not answer within %2 s; the work stays queued and is sent next time.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2); the work stays queued and is sent next time.</source>
        <translation>The server %1 could not be reached (%2); the work stays queued and is sent next time.</translation>
    </message>
    <message>
        <source>The answer of %1 was cut off (%2); the work stays queued and is sent next time.</source>
        <translation>The answer of %1 was cut off (%2); the work stays queued and is sent next time.</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The matter needs no administrative licence</source>
        <translation>The matter needs no administrative licence</translation>
    </message>
    <message>
        <source>The matter is not within this agency's competence</source>
        <translation>The matter is not within this agency's competence</translation>
    </message>
    <message>
        <source>The materials conceal facts or are false</source>
        <translation>The materials conceal facts or are false</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>The supplement deadline must be a date written as YYYY-MM-DD.</source>
        <translation>The supplement deadline must be a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no case %1; check the number on the notice.</source>
        <translation>There is no case %1; check the number on the notice.</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>Your account belongs to no site; an administrator must assign one.</translation>
    </message>
    <message>
        <source>The request id must be 8-64 letters, digits or hyphens.</source>
        <translation>The request id must be 8-64 letters, digits or hyphens.</translation>
    </message>
    <message>
        <source>Choose whether the applicant is a person or an organisation.</source>
        <translation>Choose whether the applicant is a person or an organisation.</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and brackets.</source>
        <translation>The phone number may hold only digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>There is no item %1 in the catalogue; choose the item again.</source>
        <translation>There is no item %1 in the catalogue; choose the item again.</translation>
    </message>
    <message>
        <source>Material "%1": mark it received, missing or defective.</source>
        <translation>Material "%1": mark it received, missing or defective.</translation>
    </message>
    <message>
        <source>Material "%1": the counts must not be negative.</source>
        <translation>Material "%1": the counts must not be negative.</translation>
    </message>
    <message>
        <source>Not all materials are at hand (%1); issue a supplement notice instead.</source>
        <translation>Not all materials are at hand (%1); issue a supplement notice instead.</translation>
    </message>
    <message>
        <source>Every material is at hand; mark what is missing or defective, or accept.</source>
        <translation>Every material is at hand; mark what is missing or defective, or accept.</translation>
    </message>
    <message>
        <source>Choose the reason for not accepting from the list.</source>
        <translation>Choose the reason for not accepting from the list.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>The site of this counter is missing.</source>
        <translation>The site of this counter is missing.</translation>
    </message>
    <message>
        <source>Reason for going on</source>
        <translation>Reason for going on</translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list (%1 entries: %2); record why you go on.</source>
        <translation>The applicant is on the dishonesty list (%1 entries: %2); record why you go on.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting for a supplement.</source>
        <translation>Case %1 is not waiting for a supplement.</translation>
    </message>
    <message>
        <source>Case %1 is for another item.</source>
        <translation>Case %1 is for another item.</translation>
    </message>
    <message>
        <source>A supplement notice was issued already and the materials have not changed; the one-time notice must list everything at once.</source>
        <translation>A supplement notice was issued already and the materials have not changed; the one-time notice must list everything at once.</translation>
    </message>
    <message>
        <source>The supplement deadline must be a day after today.</source>
        <translation>The supplement deadline must be a day after today.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>Case %1 is no item decided on the spot; it goes to the section's queue.</source>
        <translation>Case %1 is no item decided on the spot; it goes to the section's queue.</translation>
    </message>
    <message>
        <source>Case %1 is not accepted and waiting for a decision.</source>
        <translation>Case %1 is not accepted and waiting for a decision.</translation>
    </message>
    <message>
        <source>You accepted case %1 yourself; another approver must decide it.</source>
        <translation>You accepted case %1 yourself; another approver must decide it.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Not in due form</source>
        <translation>Not in due form</translation>
    </message>
    <message>
        <source>%1 original(s), %2 copy(ies)</source>
        <translation>%1 original(s), %2 copy(ies)</translation>
    </message>
    <message>
        <source>As the service guide lists it</source>
        <translation>As the service guide lists it</translation>
    </message>
    <message>
        <source>This site has no seal in the registry; a notice cannot be issued without one.</source>
        <translation>This site has no seal in the registry; a notice cannot be issued without one.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>There is no notice %1.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting at the counter (it is %2); it cannot be resumed here.</source>
        <translation>Case %1 is not waiting at the counter (it is %2); it cannot be resumed here.</translation>
    </message>
    <message>
        <source>Choose accept, supplement, reject or receive.</source>
        <translation>Choose accept, supplement, reject or receive.</translation>
    </message>
    <message>
        <source>Case %1 was received already; accept it, ask for a supplement or refuse it.</source>
        <translation>Case %1 was received already; accept it, ask for a supplement or refuse it.</translation>
    </message>
    <message>
        <source>This applicant's application for this item is already case %1 (%2); resume that case instead of taking it in twice.</source>
        <translation>This applicant's application for this item is already case %1 (%2); resume that case instead of taking it in twice.</translation>
    </message>
    <message>
        <source>Case %1 is decided by %2; %3 is no approver of that section, so an approver of %2 must decide it.</source>
        <translation>Case %1 is decided by %2; %3 is no approver of that section, so an approver of %2 must decide it.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Event %1 does not match its hash; it was refused.</source>
        <translation>Event %1 does not match its hash; it was refused.</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but number %3 was expected next.</source>
        <translation>Event %1 is number %2 of its device but number %3 was expected next.</translation>
    </message>
    <message>
        <source>its contents no longer match its hash: it was changed after it was written</source>
        <translation>its contents no longer match its hash: it was changed after it was written</translation>
    </message>
    <message>
        <source>its device sequence jumps from %1 to %2: an event before it is missing</source>
        <translation>its device sequence jumps from %1 to %2: an event before it is missing</translation>
    </message>
    <message>
        <source>it does not continue the hash chain of its device: an event before it was removed or replaced</source>
        <translation>it does not continue the hash chain of its device: an event before it was removed or replaced</translation>
    </message>
    <message>
        <source>Event %1 claims to come from this device; only this device writes its own chain, so it was refused.</source>
        <translation>Event %1 claims to come from this device; only this device writes its own chain, so it was refused.</translation>
    </message>
    <message>
        <source>Event %1 is number %2 of its device but this journal already holds number %3.</source>
        <translation>Event %1 is number %2 of its device but this journal already holds number %3.</translation>
    </message>
    <message>
        <source>Event %1 does not continue the hash chain of its device; it was refused.</source>
        <translation>Event %1 does not continue the hash chain of its device; it was refused.</translation>
    </message>
</context>
<context>
    <name>LicenceService</name>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>There is no seal "%1" in the seal registry; check the seal's code.</source>
        <translation>There is no seal "%1" in the seal registry; check the seal's code.</translation>
    </message>
    <message>
        <source>There is no application with the case number "%1".</source>
        <translation>There is no application with the case number "%1".</translation>
    </message>
    <message>
        <source>The seal %1 is no longer in use.</source>
        <translation>The seal %1 is no longer in use.</translation>
    </message>
    <message>
        <source>The seal %1 belongs to another site; licences under it are issued there only.</source>
        <translation>The seal %1 belongs to another site; licences under it are issued there only.</translation>
    </message>
    <message>
        <source>The seal %1 has no signing key yet; the security administrator makes one with "onesealctl seal keygen".</source>
        <translation>The seal %1 has no signing key yet; the security administrator makes one with "onesealctl seal keygen".</translation>
    </message>
    <message>
        <source>The application %1 is %2; only an application decided 准予 gets a licence.</source>
        <translation>The application %1 is %2; only an application decided 准予 gets a licence.</translation>
    </message>
    <message>
        <source>The item's result is printed on the template "%1", not "%2".</source>
        <translation>The item's result is printed on the template "%1", not "%2".</translation>
    </message>
    <message>
        <source>The application %1 has the licence %2 already; reprint it, or void it first.</source>
        <translation>The application %1 has the licence %2 already; reprint it, or void it first.</translation>
    </message>
    <message>
        <source>The validity end %1 lies in the past.</source>
        <translation>The validity end %1 lies in the past.</translation>
    </message>
    <message>
        <source>There is no licence with the serial "%1".</source>
        <translation>There is no licence with the serial "%1".</translation>
    </message>
    <message>
        <source>A second person must confirm this: an approver or another seal keeper signs in with their own password.</source>
        <translation>A second person must confirm this: an approver or another seal keeper signs in with their own password.</translation>
    </message>
    <message>
        <source>The second person must be someone other than %1.</source>
        <translation>The second person must be someone other than %1.</translation>
    </message>
    <message>
        <source>%1 is neither an approver nor a seal keeper and cannot confirm this.</source>
        <translation>%1 is neither an approver nor a seal keeper and cannot confirm this.</translation>
    </message>
    <message>
        <source>Say why the licence is printed again (lost, damaged …).</source>
        <translation>Say why the licence is printed again (lost, damaged …).</translation>
    </message>
    <message>
        <source>The licence %1 is %2 and cannot be printed.</source>
        <translation>The licence %1 is %2 and cannot be printed.</translation>
    </message>
    <message>
        <source>The seal %1 belongs to another site; its licences are printed there.</source>
        <translation>The seal %1 belongs to another site; its licences are printed there.</translation>
    </message>
    <message>
        <source>Print at least one copy.</source>
        <translation>Print at least one copy.</translation>
    </message>
    <message>
        <source>Name the printer (or the PDF file) the licence goes to.</source>
        <translation>Name the printer (or the PDF file) the licence goes to.</translation>
    </message>
    <message>
        <source>The security-paper sheet %1 was used or spoiled before; take the next sheet.</source>
        <translation>The security-paper sheet %1 was used or spoiled before; take the next sheet.</translation>
    </message>
    <message>
        <source>The licence %1 was printed before; a further print is a reprint, with a reason and a second person.</source>
        <translation>The licence %1 was printed before; a further print is a reprint, with a reason and a second person.</translation>
    </message>
    <message>
        <source>The licence %1 has not been printed yet; print it first.</source>
        <translation>The licence %1 has not been printed yet; print it first.</translation>
    </message>
    <message>
        <source>Someone else printed %1 at the same moment; print again.</source>
        <translation>Someone else printed %1 at the same moment; print again.</translation>
    </message>
    <message>
        <source>Say why the licence is voided.</source>
        <translation>Say why the licence is voided.</translation>
    </message>
    <message>
        <source>The licence %1 is %2 already.</source>
        <translation>The licence %1 is %2 already.</translation>
    </message>
    <message>
        <source>Give the decision by which the licence is revoked.</source>
        <translation>Give the decision by which the licence is revoked.</translation>
    </message>
    <message>
        <source>Give the spoiled sheet's stock number.</source>
        <translation>Give the spoiled sheet's stock number.</translation>
    </message>
    <message>
        <source>Say how the sheet was spoiled.</source>
        <translation>Say how the sheet was spoiled.</translation>
    </message>
    <message>
        <source>The sheet %1 is recorded as spoiled already.</source>
        <translation>The sheet %1 is recorded as spoiled already.</translation>
    </message>
    <message>
        <source>This site has no window %1.</source>
        <translation>This site has no window %1.</translation>
    </message>
    <message>
        <source>No seal in the registry has the key %1.</source>
        <translation>No seal in the registry has the key %1.</translation>
    </message>
    <message>
        <source>The code names the seal %1 but is signed with a key of the seal %2.</source>
        <translation>The code names the seal %1 but is signed with a key of the seal %2.</translation>
    </message>
    <message>
        <source>The seal's signature is genuine, but this register has no licence %1 (not synchronised yet?).</source>
        <translation>The seal's signature is genuine, but this register has no licence %1 (not synchronised yet?).</translation>
    </message>
    <message>
        <source>The code is signed, but does not match print %1 of %2 in the register.</source>
        <translation>The code is signed, but does not match print %1 of %2 in the register.</translation>
    </message>
    <message>
        <source>The licence %1 was issued under another seal.</source>
        <translation>The licence %1 was issued under another seal.</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <source>The licence %1 was revoked on %2 by %3 (%4): it must not be handed over. Keep the sheet and refer the holder to the approval section. The register is as of the last sync with the central store (%5).</source>
        <translation>The licence %1 was revoked on %2 by %3 (%4): it must not be handed over. Keep the sheet and refer the holder to the approval section. The register is as of the last sync with the central store (%5).</translation>
    </message>
    <message>
        <source>The licence %1 was voided on %2 by %3 (%4): it must not be handed over. The register is as of the last sync with the central store (%5).</source>
        <translation>The licence %1 was voided on %2 by %3 (%4): it must not be handed over. The register is as of the last sync with the central store (%5).</translation>
    </message>
    <message>
        <source>The licence %1 belongs to an application of another site; it is handed over where the application was taken in.</source>
        <translation>The licence %1 belongs to an application of another site; it is handed over where the application was taken in.</translation>
    </message>
    <message>
        <source>The licence %1 was handed over already.</source>
        <translation>The licence %1 was handed over already.</translation>
    </message>
    <message>
        <source>The licence %1 has not been printed yet; print it before handing it over.</source>
        <translation>The licence %1 has not been printed yet; print it before handing it over.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>There is no notice %1.</translation>
    </message>
    <message>
        <source>The notice %1 was issued at another site and is printed there.</source>
        <translation>The notice %1 was issued at another site and is printed there.</translation>
    </message>
    <message>
        <source>Name the printer (or the PDF file) the notice goes to.</source>
        <translation>Name the printer (or the PDF file) the notice goes to.</translation>
    </message>
    <message>
        <source>acceptance notice</source>
        <translation>acceptance notice</translation>
    </message>
    <message>
        <source>rejection notice</source>
        <translation>rejection notice</translation>
    </message>
    <message>
        <source>supplement notice</source>
        <translation>supplement notice</translation>
    </message>
    <message>
        <source>supplement receipt</source>
        <translation>supplement receipt</translation>
    </message>
    <message>
        <source>application receipt</source>
        <translation>application receipt</translation>
    </message>
    <message>
        <source>special procedure notice</source>
        <translation>special procedure notice</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>extension notice</translation>
    </message>
    <message>
        <source>grant decision</source>
        <translation>grant decision</translation>
    </message>
    <message>
        <source>refusal decision</source>
        <translation>refusal decision</translation>
    </message>
    <message>
        <source>Only a seal keeper prints the %1 %2; %3 is none.</source>
        <translation>Only a seal keeper prints the %1 %2; %3 is none.</translation>
    </message>
    <message>
        <source>Printing the %1 %2 needs the right to apply a seal or to %3, which issues it; %4 holds neither.</source>
        <translation>Printing the %1 %2 needs the right to apply a seal or to %3, which issues it; %4 holds neither.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to a case of %3; %4 works for another section, so %3 or the seal keeper prints it.</source>
        <translation>The %1 %2 belongs to a case of %3; %4 works for another section, so %3 or the seal keeper prints it.</translation>
    </message>
</context>
<context>
    <name>LicenceToken</name>
    <message>
        <source>The licence code</source>
        <translation>The licence code</translation>
    </message>
    <message>
        <source>The licence code repeats or reorders field %1.</source>
        <translation>The licence code repeats or reorders field %1.</translation>
    </message>
    <message>
        <source>Field %1 of the licence code is out of range.</source>
        <translation>Field %1 of the licence code is out of range.</translation>
    </message>
    <message>
        <source>Field %1 of the licence code is no date.</source>
        <translation>Field %1 of the licence code is no date.</translation>
    </message>
    <message>
        <source>The licence code has the unknown field %1.</source>
        <translation>The licence code has the unknown field %1.</translation>
    </message>
    <message>
        <source>The licence code lacks the issuer, serial, print number, date or record hash.</source>
        <translation>The licence code lacks the issuer, serial, print number, date or record hash.</translation>
    </message>
    <message>
        <source>The text has %1 characters; no licence code has more than %2.</source>
        <translation>The text has %1 characters; no licence code has more than %2.</translation>
    </message>
    <message>
        <source>The text does not start with "%1"; it is not a OneSeal licence code.</source>
        <translation>The text does not start with "%1"; it is not a OneSeal licence code.</translation>
    </message>
    <message>
        <source>The signature does not match the seal's key.</source>
        <translation>The signature does not match the seal's key.</translation>
    </message>
</context>
<context>
    <name>OneSeal::AdminWorkspace</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>the item catalogue, the organisation, the calendar and the settings</source>
        <translation>the item catalogue, the organisation, the calendar and the settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>accounts and passwords</source>
        <translation>accounts and passwords</translation>
    </message>
    <message>
        <source>roles and account unlocking</source>
        <translation>roles and account unlocking</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Managing the seals' signing keys and the devices' credentials is still being built. It will generate and rotate each seal's key pair, keep the private keys in the system keychain, enrol and withdraw counter computers, and show the public keys that licences are verified against. Nothing here works yet.</source>
        <translation>Managing the seals' signing keys and the devices' credentials is still being built. It will generate and rotate each seal's key pair, keep the private keys in the system keychain, enrol and withdraw counter computers, and show the public keys that licences are verified against. Nothing here works yet.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>keys</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>reading and verifying the audit log</source>
        <translation>reading and verifying the audit log</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Your part of the administration: %1. Administrators hold no business right, and business staff no administrator right.</source>
        <translation>Your part of the administration: %1. Administrators hold no business right, and business staff no administrator right.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>OneSeal::ApplicationsWorkspace</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Filter by case number, item, applicant or state</source>
        <translation>Filter by case number, item, applicant or state</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applications by state: %1</source>
        <translation>Applications by state: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>OneSeal::AuditPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subject ID</source>
        <translation>Subject ID</translation>
    </message>
    <message>
        <source>Filter by user, event, subject or date</source>
        <translation>Filter by user, event, subject or date</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verify the log</translation>
    </message>
    <message>
        <source>Recompute every event's hash and check each device's chain</source>
        <translation>Recompute every event's hash and check each device's chain</translation>
    </message>
    <message>
        <source>System set-up</source>
        <translation>System set-up</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n event(s) verify.</source>
        <translation>
            <numerusform>Intact: all %n event verify.</numerusform>
            <numerusform>Intact: all %n events verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at event No. %1 (%2): %3</source>
        <translation>Broken at event No. %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OneSeal::CalendarPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Filter by date or holiday</source>
        <translation>Filter by date or holiday</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>&amp;Import year...</source>
        <translation>&amp;Import year...</translation>
    </message>
    <message>
        <source>Due date calculator</source>
        <translation>Due date calculator</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>The start day is not counted: day 1 is the first working day after it.</source>
        <translation>The start day is not counted: day 1 is the first working day after it.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Time limit:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Working day (adjusted)</source>
        <translation>Working day (adjusted)</translation>
    </message>
    <message>
        <source>Import calendar year</source>
        <translation>Import calendar year</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>Holiday calendar (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The calendar has %1 already. Replace it with the file's schedule? Due dates computed from now on follow the new schedule.</source>
        <translation>The calendar has %1 already. Replace it with the file's schedule? Due dates computed from now on follow the new schedule.</translation>
    </message>
    <message>
        <source>The calendar of %1 was imported.</source>
        <translation>The calendar of %1 was imported.</translation>
    </message>
    <message>
        <source>Import a year's schedule as the State Council publishes it (JSON)</source>
        <translation>Import a year's schedule as the State Council publishes it (JSON)</translation>
    </message>
</context>
<context>
    <name>OneSeal::CataloguePage</name>
    <message>
        <source>Implementation code</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Window kind</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>Deciding section</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Filter by name, pinyin initials or code</source>
        <translation>Filter by name, pinyin initials or code</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON or CSV); items are matched by implementation code</source>
        <translation>Import a catalogue file (JSON or CSV); items are matched by implementation code</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>The item was saved.</source>
        <translation>The item was saved.</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.csv);;All files (*)</source>
        <translation>Catalogue files (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import %1? Items with the same implementation code are replaced by the file's version; this cannot be undone.</source>
        <translation>Import %1? Items with the same implementation code are replaced by the file's version; this cannot be undone.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Imported: %1 new, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <source>The catalogue was exported to %1.</source>
        <translation>The catalogue was exported to %1.</translation>
    </message>
    <message>
        <source>Export the whole catalogue as JSON, or as CSV for spreadsheets</source>
        <translation>Export the whole catalogue as JSON, or as CSV for spreadsheets</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Promised days</source>
        <translation>Promised days</translation>
    </message>
    <message>
        <source>Statutory days</source>
        <translation>Statutory days</translation>
    </message>
</context>
<context>
    <name>OneSeal::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Before you start, replace the password you were given with one only you know.</source>
        <translation>Before you start, replace the password you were given with one only you know.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <source>At least 8 characters, with at least three of: lower-case letters, capital letters, digits, other characters.</source>
        <translation>At least 8 characters, with at least three of: lower-case letters, capital letters, digits, other characters.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>The two new passwords differ; type the same one twice.</translation>
    </message>
</context>
<context>
    <name>OneSeal::Client</name>
    <message>
        <source>OneSeal</source>
        <translation>OneSeal</translation>
    </message>
    <message>
        <source>The OneSeal database to work on.</source>
        <translation>The OneSeal database to work on.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The interface language: zh_CN (default) or en.</source>
        <translation>The interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Sign in without dialogs, save the main window as a PNG and exit.</source>
        <translation>Sign in without dialogs, save the main window as a PNG and exit.</translation>
    </message>
    <message>
        <source>The user name, for --screenshot.</source>
        <translation>The user name, for --screenshot.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The password, for --screenshot.</source>
        <translation>The password, for --screenshot.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Which database should OneSeal open? Start it with --db FILE, for example oneseal --db /var/lib/oneseal/oneseal.db.</source>
        <translation>Which database should OneSeal open? Start it with --db FILE, for example oneseal --db /var/lib/oneseal/oneseal.db.</translation>
    </message>
    <message>
        <source>OneSeal cannot open %1: %2</source>
        <translation>OneSeal cannot open %1: %2</translation>
    </message>
    <message>
        <source>Signing in as %1 failed: %2</source>
        <translation>Signing in as %1 failed: %2</translation>
    </message>
    <message>
        <source>The screenshot cannot be written to %1.</source>
        <translation>The screenshot cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>OneSeal::ConflictsDialog</name>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>Filter by case number, step, person or reason</source>
        <translation>Filter by case number, step, person or reason</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>&amp;Mark seen</source>
        <translation>&amp;Mark seen</translation>
    </message>
    <message>
        <source>Steps the central store refused</source>
        <translation>Steps the central store refused</translation>
    </message>
    <message>
        <source>These steps made at this window were refused by the central store and are not part of the records. Redo each one, or mark it seen once it is dealt with.</source>
        <translation>These steps made at this window were refused by the central store and are not part of the records. Redo each one, or mark it seen once it is dealt with.</translation>
    </message>
    <message>
        <source>Mark seen (Del)</source>
        <translation>Mark seen (Del)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>No refused steps: everything this window did is in the central records.</source>
        <translation>No refused steps: everything this window did is in the central records.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3%4.
Why: %5
What to do: %6
Refusal received %7 (code %8).</source>
        <translation>%1 by %2 at %3%4.
Why: %5
What to do: %6
Refusal received %7 (code %8).</translation>
    </message>
    <message>
        <source>, case %1</source>
        <translation>, case %1</translation>
    </message>
    <message>
        <source>The step was recorded again and goes to the central store with the next sync.</source>
        <translation>The step was recorded again and goes to the central store with the next sync.</translation>
    </message>
</context>
<context>
    <name>OneSeal::CorrectionDialog</name>
    <message>
        <source>Correct a decision</source>
        <translation>Correct a decision</translation>
    </message>
    <message>
        <source>Case %1 is decided. As the section chief you may correct the decision while it is not yet printed; the correction and its reason stay in the record, and a new decision document is issued.</source>
        <translation>Case %1 is decided. As the section chief you may correct the decision while it is not yet printed; the correction and its reason stay in the record, and a new decision document is issued.</translation>
    </message>
    <message>
        <source>Grant (准予)</source>
        <translation>Grant (准予)</translation>
    </message>
    <message>
        <source>Refuse (不予)</source>
        <translation>Refuse (不予)</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>&amp;Corrected decision:</source>
        <translation>&amp;Corrected decision:</translation>
    </message>
    <message>
        <source>R&amp;easons (needed to refuse):</source>
        <translation>R&amp;easons (needed to refuse):</translation>
    </message>
    <message>
        <source>&amp;Why the decision is corrected:</source>
        <translation>&amp;Why the decision is corrected:</translation>
    </message>
    <message>
        <source>C&amp;orrect...</source>
        <translation>C&amp;orrect...</translation>
    </message>
    <message>
        <source>Correct the decision on case %1?</source>
        <translation>Correct the decision on case %1?</translation>
    </message>
    <message>
        <source>Change the decision on case %1 to "%2"? The correction is recorded for good and cannot be taken back; a new decision document is issued under the next number.</source>
        <translation>Change the decision on case %1 to "%2"? The correction is recorded for good and cannot be taken back; a new decision document is issued under the next number.</translation>
    </message>
    <message>
        <source>&amp;Yes, correct</source>
        <translation>&amp;Yes, correct</translation>
    </message>
</context>
<context>
    <name>OneSeal::Dashboard</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>%v of %m cases</source>
        <translation>%v of %m cases</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Export CSV (Ctrl+E)</source>
        <translation>Export CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Range</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>Run (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The range ends before it starts; set the first day (From) on or before the last (To).</source>
        <translation>The range ends before it starts; set the first day (From) on or before the last (To).</translation>
    </message>
    <message>
        <source>Reading the cases from %1 to %2…</source>
        <translation>Reading the cases from %1 to %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Overdue cases (%1)</source>
        <translation>Overdue cases (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n case(s), on-time rate %3, backlog %4, overdue %5.</source>
        <translation>
            <numerusform>%1 to %2: %n case, on-time rate %3, backlog %4, overdue %5.</numerusform>
            <numerusform>%1 to %2: %n cases, on-time rate %3, backlog %4, overdue %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases are read on today, %1.</source>
        <translation>Open cases are read on today, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out: their clock runs into a year without a holiday calendar.</source>
        <translation>
            <numerusform>%n case left out: their clock runs into a year without a holiday calendar.</numerusform>
            <numerusform>%n cases left out: their clock runs into a year without a holiday calendar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are those of the report before.</source>
        <translation>Cancelled; the figures shown are those of the report before.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OneSeal::DashboardCharts</name>
    <message>
        <source>Backlog and overdue</source>
        <translation>Backlog and overdue</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <source>Working days with the agency and with the applicant</source>
        <translation>Working days with the agency and with the applicant</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>With the agency</source>
        <translation>With the agency</translation>
    </message>
    <message>
        <source>With the applicant</source>
        <translation>With the applicant</translation>
    </message>
    <message>
        <source> (the %1 groups with most cases)</source>
        <translation> (the %1 groups with most cases)</translation>
    </message>
</context>
<context>
    <name>OneSeal::DeviceEnrolDialog</name>
    <message>
        <source>Enrol this device with the central store</source>
        <translation>Enrol this device with the central store</translation>
    </message>
    <message>
        <source>Connects this database (device %1) to the central store, so that its work is sent there and the other sites' work arrives here. Ask the central administrator for a one-time code for this site.</source>
        <translation>Connects this database (device %1) to the central store, so that its work is sent there and the other sites' work arrives here. Ask the central administrator for a one-time code for this site.</translation>
    </message>
    <message>
        <source>as printed by the central administrator</source>
        <translation>as printed by the central administrator</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Type the central store's address with http:// or https:// in front, for example https://oneseal.example.gov.cn.</source>
        <translation>Type the central store's address with http:// or https:// in front, for example https://oneseal.example.gov.cn.</translation>
    </message>
    <message>
        <source>Type the one-time code that the central administrator gave you.</source>
        <translation>Type the one-time code that the central administrator gave you.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contacting %1…</translation>
    </message>
    <message>
        <source>The central store at %1 could not be reached. Check this address (as the central administrator gave it), that the server is running and that this computer is on the network, then try again.</source>
        <translation>The central store at %1 could not be reached. Check this address (as the central administrator gave it), that the server is running and that this computer is on the network, then try again.</translation>
    </message>
    <message>
        <source>The central store does not accept this code: it is wrong, used already or expired. Check it, or ask the central administrator for a new one (oneseal-server enrol-code --site SITE).</source>
        <translation>The central store does not accept this code: it is wrong, used already or expired. Check it, or ask the central administrator for a new one (oneseal-server enrol-code --site SITE).</translation>
    </message>
    <message>
        <source>The enrolment failed: %1</source>
        <translation>The enrolment failed: %1</translation>
    </message>
    <message>
        <source>Saving the device token…</source>
        <translation>Saving the device token…</translation>
    </message>
    <message>
        <source>Enrolled for site %1. The device token is kept in the system keychain; the sync starts now.</source>
        <translation>Enrolled for site %1. The device token is kept in the system keychain; the sync starts now.</translation>
    </message>
    <message>
        <source>Enrolled for site %1, but no keychain answered. The device token is kept in memory for this session only and is not saved anywhere: the sync works until the client is closed, then the device must be enrolled again with a new code. To keep it, start the system's keychain (Secret Service) and enrol again.</source>
        <translation>Enrolled for site %1, but no keychain answered. The device token is kept in memory for this session only and is not saved anywhere: the sync works until the client is closed, then the device must be enrolled again with a new code. To keep it, start the system's keychain (Secret Service) and enrol again.</translation>
    </message>
</context>
<context>
    <name>OneSeal::EnforcementWorkspace</name>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Here enforcement officers will register the case leads from supervision as cases, record investigations and penalty decisions from the unified penalty standards, and send the outcome back to the licence and the credit record.</source>
        <translation>Here enforcement officers will register the case leads from supervision as cases, record investigations and penalty decisions from the unified penalty standards, and send the outcome back to the licence and the credit record.</translation>
    </message>
    <message>
        <source>Enforcement is still being built and there are no case leads yet. Until then this workspace changes nothing; the table shows the licences in force at your site, to look up a holder, read-only.</source>
        <translation>Enforcement is still being built and there are no case leads yet. Until then this workspace changes nothing; the table shows the licences in force at your site, to look up a holder, read-only.</translation>
    </message>
</context>
<context>
    <name>OneSeal::ExtensionDialog</name>
    <message>
        <source>&amp;Joint handling (+15 working days)</source>
        <translation>&amp;Joint handling (+15 working days)</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <source> The statutory due date now is %1.</source>
        <translation> The statutory due date now is %1.</translation>
    </message>
    <message>
        <source>Case %1 can be extended once, by 10 working days (15 for joint handling), with the section chief's approval and the reason, which the 延期告知书 tells the applicant.%2</source>
        <translation>Case %1 can be extended once, by 10 working days (15 for joint handling), with the section chief's approval and the reason, which the 延期告知书 tells the applicant.%2</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>&amp;Reason for the extension:</source>
        <translation>&amp;Reason for the extension:</translation>
    </message>
    <message>
        <source>&amp;Extend...</source>
        <translation>&amp;Extend...</translation>
    </message>
    <message>
        <source>Extend case %1?</source>
        <translation>Extend case %1?</translation>
    </message>
    <message>
        <source>Extend case %1 by %2 working days? The law allows one extension only: once recorded it cannot be undone, and the 延期告知书 is issued under the next number.</source>
        <translation>Extend case %1 by %2 working days? The law allows one extension only: once recorded it cannot be undone, and the 延期告知书 is issued under the next number.</translation>
    </message>
    <message>
        <source>&amp;Yes, extend</source>
        <translation>&amp;Yes, extend</translation>
    </message>
</context>
<context>
    <name>OneSeal::FilteredTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
</context>
<context>
    <name>OneSeal::ImportProblemsDialog</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Correct them all and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: it has %n problem. Correct them all and import the file again.</numerusform>
            <numerusform>Nothing was imported from %1: it has %n problems. Correct them all and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Text line</translation>
    </message>
</context>
<context>
    <name>OneSeal::IntakeWorkspace</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Save notice</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Find or register the applicant (the dishonesty list is checked as you leave the identifier), choose the catalogue item, tick off the materials handed in against its list, and then accept the application, ask once for everything missing, or refuse it, each with its sealed notice.</source>
        <translation>Find or register the applicant (the dishonesty list is checked as you leave the identifier), choose the catalogue item, tick off the materials handed in against its list, and then accept the application, ask once for everything missing, or refuse it, each with its sealed notice.</translation>
    </message>
    <message>
        <source>Space marks a material received; Ctrl+Enter accepts. The second tab lists your site's applications at the counter.</source>
        <translation>Space marks a material received; Ctrl+Enter accepts. The second tab lists your site's applications at the counter.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Resident ID number or unified social credit code</source>
        <translation>Resident ID number or unified social credit code</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Identifier</translation>
    </message>
    <message>
        <source>&amp;Reason for going on</source>
        <translation>&amp;Reason for going on</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>Only when someone applies on the applicant's behalf</source>
        <translation>Only when someone applies on the applicant's behalf</translation>
    </message>
    <message>
        <source>A&amp;gent name</source>
        <translation>A&amp;gent name</translation>
    </message>
    <message>
        <source>Agent ID number</source>
        <translation>Agent ID number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation>Materials handed in</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When not accepting</source>
        <translation>When not accepting</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Reas&amp;on</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>Next applicant (clear form)</source>
        <translation>Next applicant (clear form)</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>• %1: %2. Basis: %3. %4, %5 to %6.</source>
        <translation>• %1: %2. Basis: %3. %4, %5 to %6.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an item to see its service guide.</source>
        <translation>Choose an item to see its service guide.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Time limits:</source>
        <translation>Time limits:</translation>
    </message>
    <message>
        <source>statutory %1 working days, promised %2 working days</source>
        <translation>statutory %1 working days, promised %2 working days</translation>
    </message>
    <message>
        <source>Decided on the spot.</source>
        <translation>Decided on the spot.</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>%1 original(s), %2 copy(ies)</source>
        <translation>%1 original(s), %2 copy(ies)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Accepted. Case number %1, notice %2, due %3.</source>
        <translation>Accepted. Case number %1, notice %2, due %3.</translation>
    </message>
    <message>
        <source>Supplement requested. Case number %1, notice %2.</source>
        <translation>Supplement requested. Case number %1, notice %2.</translation>
    </message>
    <message>
        <source>Not accepted. Case number %1, notice %2.</source>
        <translation>Not accepted. Case number %1, notice %2.</translation>
    </message>
    <message>
        <source>This form was submitted before; nothing new was recorded.</source>
        <translation>This form was submitted before; nothing new was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>On the dishonesty list: %n entry(ies). Record below why you go on.</source>
        <translation>
            <numerusform>On the dishonesty list: %n entry. Record below why you go on.</numerusform>
            <numerusform>On the dishonesty list: %n entries. Record below why you go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Decide on the spot… (Ctrl+D)</source>
        <translation>Decide on the spot… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Case number from the notice (scan its barcode or type it); Enter loads it</source>
        <translation>Case number from the notice (scan its barcode or type it); Enter loads it</translation>
    </message>
    <message>
        <source>Go on with case (Ctrl+R):</source>
        <translation>Go on with case (Ctrl+R):</translation>
    </message>
    <message>
        <source>Supplement receipt %1.</source>
        <translation>Supplement receipt %1.</translation>
    </message>
    <message>
        <source>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</source>
        <translation>The supplement notice came more than 5 working days after receipt: acceptance counts from the day of receipt.</translation>
    </message>
    <message>
        <source>Taken in here for %1 (代收代办); %1 holds the case now.</source>
        <translation>Taken in here for %1 (代收代办); %1 holds the case now.</translation>
    </message>
    <message>
        <source>Ctrl+P prints, Ctrl+S saves as PDF.</source>
        <translation>Ctrl+P prints, Ctrl+S saves as PDF.</translation>
    </message>
    <message>
        <source>This item can be decided at the window: Ctrl+D asks an approver.</source>
        <translation>This item can be decided at the window: Ctrl+D asks an approver.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s).</source>
        <translation>
            <numerusform>Printed %n document.</numerusform>
            <numerusform>Printed %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with case %1: tick what the applicant brought, then decide.</source>
        <translation>Going on with case %1: tick what the applicant brought, then decide.</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Space: received or missing. D: defective. Left arrow to the originals and copies and type the number handed in; right arrow to the Note column and type what is wrong.</source>
        <translation>Space: received or missing. D: defective. Left arrow to the originals and copies and type the number handed in; right arrow to the Note column and type what is wrong.</translation>
    </message>
    <message>
        <source>Receive only, decide later</source>
        <translation>Receive only, decide later</translation>
    </message>
    <message>
        <source>An agent needs their own resident ID number; type it, or clear the agent's name.</source>
        <translation>An agent needs their own resident ID number; type it, or clear the agent's name.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>%1.%2 yuan</source>
        <translation>%1.%2 yuan</translation>
    </message>
    <message>
        <source>Special procedures:</source>
        <translation>Special procedures:</translation>
    </message>
    <message>
        <source>their time does not count towards the limits.</source>
        <translation>their time does not count towards the limits.</translation>
    </message>
    <message numerus="yes">
        <source>about %n working day(s)</source>
        <translation>
            <numerusform>about %n working day</numerusform>
            <numerusform>about %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>The service guide asks for %1 original(s) and %2 copy(ies).</source>
        <translation>The service guide asks for %1 original(s) and %2 copy(ies).</translation>
    </message>
    <message>
        <source>Fewer than asked for. %1</source>
        <translation>Fewer than asked for. %1</translation>
    </message>
    <message>
        <source>Materials received. Case number %1, receipt %2. Examine them within 5 working days; Ctrl+R and the case number bring the case back to accept it, ask for a supplement or refuse it.</source>
        <translation>Materials received. Case number %1, receipt %2. Examine them within 5 working days; Ctrl+R and the case number bring the case back to accept it, ask for a supplement or refuse it.</translation>
    </message>
    <message>
        <source>Granted on the spot by %1, decision %2.</source>
        <translation>Granted on the spot by %1, decision %2.</translation>
    </message>
    <message>
        <source>Refused on the spot by %1, decision %2.</source>
        <translation>Refused on the spot by %1, decision %2.</translation>
    </message>
    <message>
        <source>Ctrl+P prints the notice with the decision.</source>
        <translation>Ctrl+P prints the notice with the decision.</translation>
    </message>
    <message>
        <source>Type the name, pinyin initials or code; Page Down scrolls the guide; Enter goes on to the materials</source>
        <translation>Type the name, pinyin initials or code; Page Down scrolls the guide; Enter goes on to the materials</translation>
    </message>
    <message>
        <source>On record: %1. Check it with the applicant.</source>
        <translation>On record: %1. Check it with the applicant.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OneSeal::ItemEditorDialog</name>
    <message>
        <source>Decided on the spot</source>
        <translation>Decided on the spot</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>New catalogue item</source>
        <translation>New catalogue item</translation>
    </message>
    <message>
        <source>Edit catalogue item</source>
        <translation>Edit catalogue item</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>Law or regulation</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Expected working days</source>
        <translation>Expected working days</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Legal basis of the fee</source>
        <translation>Legal basis of the fee</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Implementation code:</source>
        <translation>Implementation code:</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>National code:</translation>
    </message>
    <message>
        <source>Item name:</source>
        <translation>Item name:</translation>
    </message>
    <message>
        <source>Pinyin initials:</source>
        <translation>Pinyin initials:</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>Item type:</translation>
    </message>
    <message>
        <source>Implementing agency:</source>
        <translation>Implementing agency:</translation>
    </message>
    <message>
        <source>Result document:</source>
        <translation>Result document:</translation>
    </message>
    <message>
        <source>Result template:</source>
        <translation>Result template:</translation>
    </message>
    <message>
        <source>Window kind:</source>
        <translation>Window kind:</translation>
    </message>
    <message>
        <source>Deciding section:</source>
        <translation>Deciding section:</translation>
    </message>
    <message>
        <source>Supervising department:</source>
        <translation>Supervising department:</translation>
    </message>
    <message>
        <source>Statutory time limit:</source>
        <translation>Statutory time limit:</translation>
    </message>
    <message>
        <source>Promised time limit:</source>
        <translation>Promised time limit:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Acceptance conditions:</source>
        <translation>Acceptance conditions:</translation>
    </message>
    <message>
        <source>Review standard:</source>
        <translation>Review standard:</translation>
    </message>
    <message>
        <source>The time of a special procedure does not count towards the time limit (Administrative Licensing Law, Art. 45).</source>
        <translation>The time of a special procedure does not count towards the time limit (Administrative Licensing Law, Art. 45).</translation>
    </message>
    <message>
        <source>Fees (licensing is free unless a law provides otherwise):</source>
        <translation>Fees (licensing is free unless a law provides otherwise):</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Special procedures and fees</source>
        <translation>Special procedures and fees</translation>
    </message>
    <message>
        <source>Row %1: write the amount in yuan, for example 12.50.</source>
        <translation>Row %1: write the amount in yuan, for example 12.50.</translation>
    </message>
    <message>
        <source>Lower-case pinyin initials of the name</source>
        <translation>Lower-case pinyin initials of the name</translation>
    </message>
    <message>
        <source>Choose the section</source>
        <translation>Choose the section</translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation>Choose the department</translation>
    </message>
</context>
<context>
    <name>OneSeal::LicenceIssueDialog</name>
    <message>
        <source>Issue licence for case %1</source>
        <translation>Issue licence for case %1</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), printed as %4. The licence gets the seal's next serial; check every particular against the decision before you issue it.</source>
        <translation>%1 for %2 (%3), printed as %4. The licence gets the seal's next serial; check every particular against the decision before you issue it.</translation>
    </message>
    <message>
        <source>%1 %2 (no signing key)</source>
        <translation>%1 %2 (no signing key)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when it does not expire</source>
        <translation>YYYY-MM-DD, empty when it does not expire</translation>
    </message>
    <message>
        <source>&amp;Seal:</source>
        <translation>&amp;Seal:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>&amp;Issue licence</source>
        <translation>&amp;Issue licence</translation>
    </message>
    <message>
        <source>Write the date as 2031-11-27, or leave it empty when the licence does not expire.</source>
        <translation>Write the date as 2031-11-27, or leave it empty when the licence does not expire.</translation>
    </message>
    <message>
        <source>Fill this in: the licence prints it.</source>
        <translation>Fill this in: the licence prints it.</translation>
    </message>
</context>
<context>
    <name>OneSeal::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>OneSeal is locked</source>
        <translation>OneSeal is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password to go on, or sign out so that someone else can sign in.</source>
        <translation>%1 is signed in. Enter the password to go on, or sign out so that someone else can sign in.</translation>
    </message>
</context>
<context>
    <name>OneSeal::MainWindow</name>
    <message>
        <source>OneSeal</source>
        <translation>OneSeal</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Print centre</source>
        <translation>&amp;Print centre</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;Enforcement</source>
        <translation>&amp;Enforcement</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Your account has no role yet, so there is no workspace for you. Ask the security administrator to assign your roles, then sign in again.</source>
        <translation>Your account has no role yet, so there is no workspace for you. Ask the security administrator to assign your roles, then sign in again.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneSeal</source>
        <translation>&amp;About OneSeal</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>no site</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 - OneSeal</source>
        <translation>%1 - OneSeal</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>About OneSeal</source>
        <translation>About OneSeal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneSeal %1&lt;/h3&gt;&lt;p&gt;The counter-service system of the administrative approval bureau: one front desk takes every application in, one seal issues every licence, and results flow on to supervision and enforcement.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneSeal %1&lt;/h3&gt;&lt;p&gt;The counter-service system of the administrative approval bureau: one front desk takes every application in, one seal issues every licence, and results flow on to supervision and enforcement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refused s&amp;teps...</source>
        <translation>Refused s&amp;teps...</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>None of your workspaces lists applications; the case is %1.</source>
        <translation>None of your workspaces lists applications; the case is %1.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Hall dashboard</source>
        <translation>Hall dashboard</translation>
    </message>
    <message>
        <source>The figures of every section and every window of the hall: backlog, on-time rate, overdue cases and the days with the agency against the days with the applicant. Read only: cases are decided in the sections' queues.</source>
        <translation>The figures of every section and every window of the hall: backlog, on-time rate, overdue cases and the days with the agency against the days with the applicant. Read only: cases are decided in the sections' queues.</translation>
    </message>
    <message>
        <source>Read the current workspace again (F5)</source>
        <translation>Read the current workspace again (F5)</translation>
    </message>
    <message>
        <source>Send this window&apos;s steps to the central store and fetch the other sites&apos; now (F12)</source>
        <translation>Send this window&apos;s steps to the central store and fetch the other sites&apos; now (F12)</translation>
    </message>
</context>
<context>
    <name>OneSeal::OnTheSpotDialog</name>
    <message>
        <source>Decide on the spot</source>
        <translation>Decide on the spot</translation>
    </message>
    <message>
        <source>Case %1 can be decided at the window. An approver other than the person who accepted it signs in here and decides.</source>
        <translation>Case %1 can be decided at the window. An approver other than the person who accepted it signs in here and decides.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Approver &amp;user name:</source>
        <translation>Approver &amp;user name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Reasons (needed to refuse):</source>
        <translation>&amp;Reasons (needed to refuse):</translation>
    </message>
    <message>
        <source>D&amp;ecide</source>
        <translation>D&amp;ecide</translation>
    </message>
</context>
<context>
    <name>OneSeal::OrganisationPage</name>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
</context>
<context>
    <name>OneSeal::PrintCentreWorkspace</name>
    <message>
        <source>Print centre</source>
        <translation>Print centre</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Waiting for the seal</source>
        <translation>Waiting for the seal</translation>
    </message>
    <message>
        <source>Security paper</source>
        <translation>Security paper</translation>
    </message>
    <message>
        <source>Verify (Ctrl+Shift+V)</source>
        <translation>Verify (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>First security-paper &amp;sheet no.:</source>
        <translation>First security-paper &amp;sheet no.:</translation>
    </message>
    <message>
        <source>e.g. 2026000101; empty on plain paper</source>
        <translation>e.g. 2026000101; empty on plain paper</translation>
    </message>
    <message>
        <source>Issue licence… (Ctrl+N)</source>
        <translation>Issue licence… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reprint or void… (Ctrl+R)</source>
        <translation>Reprint or void… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Sheet no.</source>
        <translation>Sheet no.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Licence serial</source>
        <translation>Licence serial</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Filter by sheet number, use or serial</source>
        <translation>Filter by sheet number, use or serial</translation>
    </message>
    <message>
        <source>How it was spoiled (jammed, misprinted …)</source>
        <translation>How it was spoiled (jammed, misprinted …)</translation>
    </message>
    <message>
        <source>Licence serial, if any</source>
        <translation>Licence serial, if any</translation>
    </message>
    <message>
        <source>Record spoiled sheet (Ctrl+K)</source>
        <translation>Record spoiled sheet (Ctrl+K)</translation>
    </message>
    <message>
        <source>Spoiled &amp;sheet:</source>
        <translation>Spoiled &amp;sheet:</translation>
    </message>
    <message>
        <source>Nothing waits for the seal.</source>
        <translation>Nothing waits for the seal.</translation>
    </message>
    <message>
        <source>The selected case is granted and has no licence yet.</source>
        <translation>The selected case is granted and has no licence yet.</translation>
    </message>
    <message>
        <source>Ctrl+N issues its licence; the preview shows once it has a serial.</source>
        <translation>Ctrl+N issues its licence; the preview shows once it has a serial.</translation>
    </message>
    <message>
        <source>No preview of %1.</source>
        <translation>No preview of %1.</translation>
    </message>
    <message>
        <source>%1 cannot be printed as it stands.</source>
        <translation>%1 cannot be printed as it stands.</translation>
    </message>
    <message>
        <source>Preview of %1, print %2 (marked 草稿; the print carries the signed code).</source>
        <translation>Preview of %1, print %2 (marked 草稿; the print carries the signed code).</translation>
    </message>
    <message>
        <source>Choose a granted case that waits for its licence ("Licence to issue").</source>
        <translation>Choose a granted case that waits for its licence ("Licence to issue").</translation>
    </message>
    <message>
        <source>The item's result is printed on "%1", which is no template here: %2</source>
        <translation>The item's result is printed on "%1", which is no template here: %2</translation>
    </message>
    <message>
        <source>Licence %1 is issued for case %2; check the preview, then Ctrl+P prints it.</source>
        <translation>Licence %1 is issued for case %2; check the preview, then Ctrl+P prints it.</translation>
    </message>
    <message>
        <source>The sheet number %1 does not end in digits, so a batch cannot count the sheets on; print one by one or give the number as printed on the sheet.</source>
        <translation>The sheet number %1 does not end in digits, so a batch cannot count the sheets on; print one by one or give the number as printed on the sheet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Printing %1 (%2 of %3)…</source>
        <translation>Printing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Failed, recorded as failed prints (print them again): %1</source>
        <translation>Failed, recorded as failed prints (print them again): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) did not wait for print and were left alone.</source>
        <translation>
            <numerusform>%n selected row did not wait for print and was left alone.</numerusform>
            <numerusform>%n selected rows did not wait for print and were left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an issued licence to reprint or void (Ctrl+H shows the printed ones).</source>
        <translation>Choose an issued licence to reprint or void (Ctrl+H shows the printed ones).</translation>
    </message>
    <message>
        <source>Licence %1 is void; every sheet of it verifies as void now.</source>
        <translation>Licence %1 is void; every sheet of it verifies as void now.</translation>
    </message>
    <message>
        <source>Say why the licence is printed again (lost, damaged …).</source>
        <translation>Say why the licence is printed again (lost, damaged …).</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>Printing was cancelled; nothing was recorded.</translation>
    </message>
    <message>
        <source>Licence %1 is printed again as print %2; the earlier sheets verify as superseded.</source>
        <translation>Licence %1 is printed again as print %2; the earlier sheets verify as superseded.</translation>
    </message>
    <message>
        <source>Security paper used at this site: </source>
        <translation>Security paper used at this site: </translation>
    </message>
    <message>
        <source>Security paper used at this window: </source>
        <translation>Security paper used at this window: </translation>
    </message>
    <message>
        <source>%1 printed, %2 failed prints, %3 spoiled, %4 sheets in all.</source>
        <translation>%1 printed, %2 failed prints, %3 spoiled, %4 sheets in all.</translation>
    </message>
    <message>
        <source>Not accounted for between the numbers used: %1. Record each as spoiled or find it.</source>
        <translation>Not accounted for between the numbers used: %1. Record each as spoiled or find it.</translation>
    </message>
    <message>
        <source>Sheet %1 is recorded as spoiled.</source>
        <translation>Sheet %1 is recorded as spoiled.</translation>
    </message>
    <message>
        <source>Every licence and sealed notice waiting for a seal: issue the licence of a granted case, check the preview (marked 草稿 until it prints), and print one by one or a morning's batch, licences onto numbered security paper. Reprints and voids of licences need a reason and a second person; every sheet and every print is accounted for.</source>
        <translation>Every licence and sealed notice waiting for a seal: issue the licence of a granted case, check the preview (marked 草稿 until it prints), and print one by one or a morning's batch, licences onto numbered security paper. Reprints and voids of licences need a reason and a second person; every sheet and every print is accounted for.</translation>
    </message>
    <message>
        <source>Keys: Ctrl+N issue, Ctrl+P print the selected documents, Ctrl+R reprint or void, Ctrl+H show printed documents too, Ctrl+F filter, F5 refresh, Ctrl+K record a spoiled sheet, Ctrl+Shift+V verify a licence.</source>
        <translation>Keys: Ctrl+N issue, Ctrl+P print the selected documents, Ctrl+R reprint or void, Ctrl+H show printed documents too, Ctrl+F filter, F5 refresh, Ctrl+K record a spoiled sheet, Ctrl+Shift+V verify a licence.</translation>
    </message>
    <message>
        <source>Filter by document, case, number, item or holder (Ctrl+F)</source>
        <translation>Filter by document, case, number, item or holder (Ctrl+F)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Notices and decisions</source>
        <translation>Notices and decisions</translation>
    </message>
    <message>
        <source>Which documents the queue lists</source>
        <translation>Which documents the queue lists</translation>
    </message>
    <message>
        <source>Show printed and void documents too (Ctrl+H)</source>
        <translation>Show printed and void documents too (Ctrl+H)</translation>
    </message>
    <message numerus="yes">
        <source>The queue is up to date: %n document(s) listed.</source>
        <translation>
            <numerusform>The queue is up to date: %n document listed.</numerusform>
            <numerusform>The queue is up to date: %n documents listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1 %2, print %3 (marked 草稿 until it prints).</source>
        <translation>Preview of %1 %2, print %3 (marked 草稿 until it prints).</translation>
    </message>
    <message>
        <source>Choose documents that wait for print ("To print"). A granted case gets its licence with Ctrl+N first; a printed licence or notice is printed again with Ctrl+R.</source>
        <translation>Choose documents that wait for print ("To print"). A granted case gets its licence with Ctrl+N first; a printed licence or notice is printed again with Ctrl+R.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n document(s): %1.</source>
        <translation>
            <numerusform>Printed %n document: %1.</numerusform>
            <numerusform>Printed %n documents: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %2; %n document(s) were not printed and still wait for print.</source>
        <translation>
            <numerusform>Cancelled after %1 of %2; %n document was not printed and still waits for print.</numerusform>
            <numerusform>Cancelled after %1 of %2; %n documents were not printed and still wait for print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneSeal::PrintQueueModel</name>
    <message>
        <source>Licence to issue</source>
        <translation>Licence to issue</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>To print</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>Queued on</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Serial or document no.</source>
        <translation>Serial or document no.</translation>
    </message>
</context>
<context>
    <name>OneSeal::RecordEditorDialog</name>
    <message>
        <source>New record: %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <source>Edit record: %1</source>
        <translation>Edit record: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>Letters, digits, hyphens and underscores</source>
        <translation>Letters, digits, hyphens and underscores</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReprintDialog</name>
    <message>
        <source>Security-paper &amp;sheet no.:</source>
        <translation>Security-paper &amp;sheet no.:</translation>
    </message>
    <message>
        <source>Reprint or void licence %1</source>
        <translation>Reprint or void licence %1</translation>
    </message>
    <message>
        <source>A reprint makes every earlier sheet of licence %1 read "superseded"; a void makes every sheet read "void" and the serial is never used again. Either needs the reason and a second person: an approver or another seal keeper signs in here.</source>
        <translation>A reprint makes every earlier sheet of licence %1 read "superseded"; a void makes every sheet read "void" and the serial is never used again. Either needs the reason and a second person: an approver or another seal keeper signs in here.</translation>
    </message>
    <message>
        <source>Reprint (lost or damaged)</source>
        <translation>Reprint (lost or damaged)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Lost by the holder</source>
        <translation>Lost by the holder</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Printing fault</source>
        <translation>Printing fault</translation>
    </message>
    <message>
        <source>Wrong particulars</source>
        <translation>Wrong particulars</translation>
    </message>
    <message>
        <source>empty on plain paper</source>
        <translation>empty on plain paper</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Second person's &amp;user name:</source>
        <translation>Second person's &amp;user name:</translation>
    </message>
    <message>
        <source>Second person's &amp;password:</source>
        <translation>Second person's &amp;password:</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
</context>
<context>
    <name>OneSeal::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>The two passwords differ; type the same one twice.</translation>
    </message>
    <message>
        <source>New password for %1. They must change it at their next sign-in; a lock after wrong passwords is lifted too.</source>
        <translation>New password for %1. They must change it at their next sign-in; a lock after wrong passwords is lifted too.</translation>
    </message>
</context>
<context>
    <name>OneSeal::ResumeDialog</name>
    <message>
        <source>Let the clock run again</source>
        <translation>Let the clock run again</translation>
    </message>
    <message>
        <source>The clock of case %1 is running; a supplement stops it only where the site's settings say so.</source>
        <translation>The clock of case %1 is running; a supplement stops it only where the site's settings say so.</translation>
    </message>
    <message numerus="yes">
        <source>The clock of case %1 stands still; %n working day(s) did not count so far.</source>
        <translation>
            <numerusform>The clock of case %1 stands still; %n working day did not count so far.</numerusform>
            <numerusform>The clock of case %1 stands still; %n working days did not count so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as the day the special procedure ended or the supplemented materials arrived; from then on the clock counts again.</source>
        <translation>Record %1 as the day the special procedure ended or the supplemented materials arrived; from then on the clock counts again.</translation>
    </message>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>&amp;Resume the clock</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReviewQueueModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>%1, overdue by law</source>
        <translation>%1, overdue by law</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 (clock stopped)</source>
        <translation>%1 (clock stopped)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Due %1 (statutory %2); %3 working days suspended, %4 extension</source>
        <translation>Due %1 (statutory %2); %3 working days suspended, %4 extension</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
</context>
<context>
    <name>OneSeal::ReviewWorkspace</name>
    <message>
        <source>Review and decision</source>
        <translation>Review and decision</translation>
    </message>
    <message>
        <source>Section queue</source>
        <translation>Section queue</translation>
    </message>
    <message>
        <source>Your section's queue, most urgent first, with each case's light: green, yellow when little time is left, red once the promised limit passed and overdue by law past the statutory limit. Claim a case, record the review opinion, and, as an approver, decide it.</source>
        <translation>Your section's queue, most urgent first, with each case's light: green, yellow when little time is left, red once the promised limit passed and overdue by law past the statutory limit. Claim a case, record the review opinion, and, as an approver, decide it.</translation>
    </message>
    <message>
        <source>Opinion (review) or reasons (decision)</source>
        <translation>Opinion (review) or reasons (decision)</translation>
    </message>
    <message>
        <source>Grant (准予)</source>
        <translation>Grant (准予)</translation>
    </message>
    <message>
        <source>Refuse (不予)</source>
        <translation>Refuse (不予)</translation>
    </message>
    <message>
        <source>Claim (F6)</source>
        <translation>Claim (F6)</translation>
    </message>
    <message>
        <source>Release (F7)</source>
        <translation>Release (F7)</translation>
    </message>
    <message>
        <source>Record opinion (F8)</source>
        <translation>Record opinion (F8)</translation>
    </message>
    <message>
        <source>Decide (F9)</source>
        <translation>Decide (F9)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Choose a case in the queue first.</source>
        <translation>Choose a case in the queue first.</translation>
    </message>
    <message>
        <source>You hold case %1 now; nobody else can change it until you release it.</source>
        <translation>You hold case %1 now; nobody else can change it until you release it.</translation>
    </message>
    <message>
        <source>Case %1 is back in the queue.</source>
        <translation>Case %1 is back in the queue.</translation>
    </message>
    <message>
        <source>The opinion on case %1 is recorded; the case waits for an approver's decision.</source>
        <translation>The opinion on case %1 is recorded; the case waits for an approver's decision.</translation>
    </message>
    <message>
        <source>Case %1 is granted (%2); it waits in the print centre.</source>
        <translation>Case %1 is granted (%2); it waits in the print centre.</translation>
    </message>
    <message>
        <source>Case %1 is refused (%2); the decision states the reasons and the remedies.</source>
        <translation>Case %1 is refused (%2); the decision states the reasons and the remedies.</translation>
    </message>
    <message>
        <source>Search by name (张伟), item, case number or address (Ctrl+F)</source>
        <translation>Search by name (张伟), item, case number or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All cases of the section</source>
        <translation>All cases of the section</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>By due date</translation>
    </message>
    <message>
        <source>By case number</source>
        <translation>By case number</translation>
    </message>
    <message>
        <source>By acceptance date</source>
        <translation>By acceptance date</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descending</translation>
    </message>
    <message>
        <source>Name to save the search under (Ctrl+Shift+S)</source>
        <translation>Name to save the search under (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>%1 cases; the first %2 are shown.</source>
        <translation>%1 cases; the first %2 are shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Saved searches…</translation>
    </message>
    <message>
        <source>Type a name for the search, then press Enter or Ctrl+Shift+S again.</source>
        <translation>Type a name for the search, then press Enter or Ctrl+Shift+S again.</translation>
    </message>
    <message>
        <source>The search is saved as "%1"; pick it from the list of saved searches.</source>
        <translation>The search is saved as "%1"; pick it from the list of saved searches.</translation>
    </message>
    <message>
        <source>There is no saved search "%1" any more.</source>
        <translation>There is no saved search "%1" any more.</translation>
    </message>
    <message>
        <source>Dashboard (Ctrl+Shift+D)</source>
        <translation>Dashboard (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Keys: F6 claim, F7 release, F8 record the opinion, F9 decide; Ctrl+Shift+P special procedure, Ctrl+Shift+B supplement, Ctrl+Shift+R resume the clock, Ctrl+Shift+E extend, Ctrl+Shift+C correct a decision; Ctrl+F searches, Ctrl+Shift+S saves the search.</source>
        <translation>Keys: F6 claim, F7 release, F8 record the opinion, F9 decide; Ctrl+Shift+P special procedure, Ctrl+Shift+B supplement, Ctrl+Shift+R resume the clock, Ctrl+Shift+E extend, Ctrl+Shift+C correct a decision; Ctrl+F searches, Ctrl+Shift+S saves the search.</translation>
    </message>
    <message>
        <source>Special procedure… (Ctrl+Shift+P)</source>
        <translation>Special procedure… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Supplement… (Ctrl+Shift+B)</source>
        <translation>Supplement… (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Resume clock… (Ctrl+Shift+R)</source>
        <translation>Resume clock… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Extend… (Ctrl+Shift+E)</source>
        <translation>Extend… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Correct decision… (Ctrl+Shift+C)</source>
        <translation>Correct decision… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; the document was issued but not saved. Check that the folder may be written to, or print the document from the applications tab.</source>
        <translation>The folder %1 cannot be created; the document was issued but not saved. Check that the folder may be written to, or print the document from the applications tab.</translation>
    </message>
    <message>
        <source>The clock of case %1 stopped for the special procedure, but its notice could not be saved: %2</source>
        <translation>The clock of case %1 stopped for the special procedure, but its notice could not be saved: %2</translation>
    </message>
    <message>
        <source>The clock of case %1 stopped for the special procedure. The notice %2 is saved as %3; give it to the applicant. Ctrl+Shift+R lets the clock run again when the procedure ends.</source>
        <translation>The clock of case %1 stopped for the special procedure. The notice %2 is saved as %3; give it to the applicant. Ctrl+Shift+R lets the clock run again when the procedure ends.</translation>
    </message>
    <message>
        <source>The supplement for case %1 is recorded. Ctrl+Shift+R records the materials' arrival.</source>
        <translation>The supplement for case %1 is recorded. Ctrl+Shift+R records the materials' arrival.</translation>
    </message>
    <message>
        <source>The clock of case %1 runs again.</source>
        <translation>The clock of case %1 runs again.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Case %1 is extended, but its 延期告知书 could not be saved: %2</source>
        <translation>Case %1 is extended, but its 延期告知书 could not be saved: %2</translation>
    </message>
    <message>
        <source>Case %1 is extended; the new statutory due date is %2. The 延期告知书 %3 is saved as %4; send it to the applicant.</source>
        <translation>Case %1 is extended; the new statutory due date is %2. The 延期告知书 %3 is saved as %4; send it to the applicant.</translation>
    </message>
    <message>
        <source>Choose a case in the queue first; decided cases are listed under "All cases of the section".</source>
        <translation>Choose a case in the queue first; decided cases are listed under "All cases of the section".</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected, but the new decision document could not be saved: %2</source>
        <translation>The decision on case %1 is corrected, but the new decision document could not be saved: %2</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected to grant; the case waits in the print centre. The new decision %2 is saved as %3.</source>
        <translation>The decision on case %1 is corrected to grant; the case waits in the print centre. The new decision %2 is saved as %3.</translation>
    </message>
    <message>
        <source>The decision on case %1 is corrected to refuse. The new decision %2 is saved as %3.</source>
        <translation>The decision on case %1 is corrected to refuse. The new decision %2 is saved as %3.</translation>
    </message>
</context>
<context>
    <name>OneSeal::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A new language takes effect the next time OneSeal starts.</source>
        <translation>A new language takes effect the next time OneSeal starts.</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without input; the system administrator sets this for every window.</source>
        <translation>
            <numerusform>The screen locks after %n minute without input; the system administrator sets this for every window.</numerusform>
            <numerusform>The screen locks after %n minutes without input; the system administrator sets this for every window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
</context>
<context>
    <name>OneSeal::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in - OneSeal</source>
        <translation>Sign in - OneSeal</translation>
    </message>
    <message>
        <source>OneSeal</source>
        <translation>OneSeal</translation>
    </message>
    <message>
        <source>Counter service system of the administrative approval bureau</source>
        <translation>Counter service system of the administrative approval bureau</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>OneSeal::SupervisionWorkspace</name>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Here supervisors will claim the approval results pushed to their department, record supervision and random inspections, open case leads for enforcement and keep their department's dishonesty list entries.</source>
        <translation>Here supervisors will claim the approval results pushed to their department, record supervision and random inspections, open case leads for enforcement and keep their department's dishonesty list entries.</translation>
    </message>
    <message>
        <source>Supervision is still being built. Until then this workspace changes nothing; the table shows the licences issued at your site, which later arrive here as approval results, read-only.</source>
        <translation>Supervision is still being built. Until then this workspace changes nothing; the table shows the licences issued at your site, which later arrive here as approval results, read-only.</translation>
    </message>
</context>
<context>
    <name>OneSeal::SuspensionDialog</name>
    <message>
        <source>Start a special procedure</source>
        <translation>Start a special procedure</translation>
    </message>
    <message>
        <source>Ask for a supplement</source>
        <translation>Ask for a supplement</translation>
    </message>
    <message>
        <source>The clock of case %1 stops while the special procedure runs (Art. 45). The applicant is told in writing which procedure it is and how long it is expected to take; the notice is issued and saved as a PDF.</source>
        <translation>The clock of case %1 stops while the special procedure runs (Art. 45). The applicant is told in writing which procedure it is and how long it is expected to take; the notice is issued and saved as a PDF.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>&amp;Expected duration:</source>
        <translation>&amp;Expected duration:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Materials and reason:</source>
        <translation>&amp;Materials and reason:</translation>
    </message>
    <message>
        <source>&amp;Period (0 = none set):</source>
        <translation>&amp;Period (0 = none set):</translation>
    </message>
    <message>
        <source>&amp;Start procedure</source>
        <translation>&amp;Start procedure</translation>
    </message>
    <message>
        <source>&amp;Ask for supplement</source>
        <translation>&amp;Ask for supplement</translation>
    </message>
    <message>
        <source>The clock of case %1 stops until the applicant hands in the supplemented materials. Say which materials are missing and, if you set one, the period to hand them in.</source>
        <translation>The clock of case %1 stops until the applicant hands in the supplemented materials. Say which materials are missing and, if you set one, the period to hand them in.</translation>
    </message>
    <message>
        <source>Case %1 waits for the supplemented materials; under this site's settings its clock keeps running. Say which materials are missing and, if you set one, the period to hand them in.</source>
        <translation>Case %1 waits for the supplemented materials; under this site's settings its clock keeps running. Say which materials are missing and, if you set one, the period to hand them in.</translation>
    </message>
</context>
<context>
    <name>OneSeal::SyncStatusWidget</name>
    <message>
        <source>Show the steps the central store refused (Ctrl+Shift+Y)</source>
        <translation>Show the steps the central store refused (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Not connected to a central store</source>
        <translation>Not connected to a central store</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>No device token</source>
        <translation>No device token</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source> (token for this session only)</source>
        <translation> (token for this session only)</translation>
    </message>
    <message>
        <source>No keychain answered: the device token is kept for this session only and the device must be enrolled again after the client is closed.</source>
        <translation>No keychain answered: the device token is kept for this session only and the device must be enrolled again after the client is closed.</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Next attempt at %1.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to send</source>
        <translation>
            <numerusform>%n step to send</numerusform>
            <numerusform>%n steps to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>This database works on its own until an administrator enrols it with the central store.</source>
        <translation>This database works on its own until an administrator enrols it with the central store.</translation>
    </message>
    <message>
        <source>Enrol this device…</source>
        <translation>Enrol this device…</translation>
    </message>
    <message>
        <source>Connect this database to the central store with a one-time code</source>
        <translation>Connect this database to the central store with a one-time code</translation>
    </message>
</context>
<context>
    <name>OneSeal::SystemSettingsPage</name>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Every window of the bureau locks its screen after this many minutes without keyboard or mouse input. Other windows take a change at their next sign-in.</source>
        <translation>Every window of the bureau locks its screen after this many minutes without keyboard or mouse input. Other windows take a change at their next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Lock the screen after:</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved: the screen locks after %n minute without input.</numerusform>
            <numerusform>Saved: the screen locks after %n minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneSeal::TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>OneSeal::TicketPanel</name>
    <message>
        <source>F2 Call next</source>
        <translation>F2 Call next</translation>
    </message>
    <message>
        <source>F3 Call again</source>
        <translation>F3 Call again</translation>
    </message>
    <message>
        <source>F4 No-show</source>
        <translation>F4 No-show</translation>
    </message>
    <message>
        <source>F6 Transfer</source>
        <translation>F6 Transfer</translation>
    </message>
    <message>
        <source>F7 Finished</source>
        <translation>F7 Finished</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transfer to:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter to transfer, Esc to cancel</source>
        <translation>Enter to transfer, Esc to cancel</translation>
    </message>
    <message>
        <source>Waiting for this kind of window: %1</source>
        <translation>Waiting for this kind of window: %1</translation>
    </message>
    <message>
        <source>Nobody at the window. Press F2 to call the next ticket.</source>
        <translation>Nobody at the window. Press F2 to call the next ticket.</translation>
    </message>
    <message>
        <source>%1 window; waited %2 (min:s); at your window since %3.</source>
        <translation>%1 window; waited %2 (min:s); at your window since %3.</translation>
    </message>
    <message>
        <source>Called again %1 time(s).</source>
        <translation>Called again %1 time(s).</translation>
    </message>
    <message>
        <source>Transferred %1 time(s).</source>
        <translation>Transferred %1 time(s).</translation>
    </message>
    <message>
        <source>Calling %1: please come to window %2.</source>
        <translation>Calling %1: please come to window %2.</translation>
    </message>
    <message>
        <source>Calling %1 again.</source>
        <translation>Calling %1 again.</translation>
    </message>
    <message>
        <source>%1 did not come and is marked a no-show.</source>
        <translation>%1 did not come and is marked a no-show.</translation>
    </message>
    <message>
        <source>No ticket is at your window; call the next one first.</source>
        <translation>No ticket is at your window; call the next one first.</translation>
    </message>
    <message>
        <source>%1 transferred to the %2 windows.</source>
        <translation>%1 transferred to the %2 windows.</translation>
    </message>
    <message>
        <source>%1 finished: %2 (min:s) at the counter.</source>
        <translation>%1 finished: %2 (min:s) at the counter.</translation>
    </message>
    <message>
        <source>%1 finished: %2 (min:s) at the counter, case %3.</source>
        <translation>%1 finished: %2 (min:s) at the counter, case %3.</translation>
    </message>
</context>
<context>
    <name>OneSeal::UserEditorDialog</name>
    <message>
        <source>Account in use (may sign in)</source>
        <translation>Account in use (may sign in)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(no section)</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation>(no window)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>Se&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <source>Give the first password to the person in private; they must replace it at their first sign-in.</source>
        <translation>Give the first password to the person in private; they must replace it at their first sign-in.</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dots, starting with a letter</source>
        <translation>Lower-case letters, digits and dots, starting with a letter</translation>
    </message>
</context>
<context>
    <name>OneSeal::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Filter by user name, name, role or site</source>
        <translation>Filter by user name, name, role or site</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;New account</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Save roles</translation>
    </message>
    <message>
        <source>Lift the lock after repeated wrong passwords</source>
        <translation>Lift the lock after repeated wrong passwords</translation>
    </message>
    <message>
        <source>An administrator role holds no business right and vice versa; the three administrator roles go to three different accounts.</source>
        <translation>An administrator role holds no business right and vice versa; the three administrator roles go to three different accounts.</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>The account was saved.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>The password was reset.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>The roles were saved.</source>
        <translation>The roles were saved.</translation>
    </message>
    <message>
        <source>The account was unlocked.</source>
        <translation>The account was unlocked.</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer sign in; their records stay.</source>
        <translation>Disable the account of %1? They can no longer sign in; their records stay.</translation>
    </message>
</context>
<context>
    <name>OneSeal::VerifyPage</name>
    <message>
        <source>Open scanned image… (Ctrl+O)</source>
        <translation>Open scanned image… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open scanned licence</source>
        <translation>Open scanned licence</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scan the QR code on the licence (the scanner types the code and Enter), or open an image of a scanned licence. The code is checked against the seal's key and this register, without the network.</source>
        <translation>Scan the QR code on the licence (the scanner types the code and Enter), or open an image of a scanned licence. The code is checked against the seal's key and this register, without the network.</translation>
    </message>
    <message>
        <source>Scan the licence's QR code here (the scanner presses Enter)</source>
        <translation>Scan the licence's QR code here (the scanner presses Enter)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Cannot read the image %1; open a PNG, JPEG, BMP or TIFF file.</source>
        <translation>Cannot read the image %1; open a PNG, JPEG, BMP or TIFF file.</translation>
    </message>
    <message>
        <source>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</source>
        <translation>No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Forged: this is not a licence signed with one of our seals</source>
        <translation>Forged: this is not a licence signed with one of our seals</translation>
    </message>
    <message>
        <source>Genuine · valid</source>
        <translation>Genuine · valid</translation>
    </message>
    <message>
        <source>Genuine · superseded: a later print replaced this sheet</source>
        <translation>Genuine · superseded: a later print replaced this sheet</translation>
    </message>
    <message>
        <source>Genuine · void: this licence is not in force</source>
        <translation>Genuine · void: this licence is not in force</translation>
    </message>
    <message>
        <source>Genuine · revoked: this licence is not in force</source>
        <translation>Genuine · revoked: this licence is not in force</translation>
    </message>
    <message>
        <source>Genuine · expired</source>
        <translation>Genuine · expired</translation>
    </message>
    <message>
        <source>Genuine signature · not in this register</source>
        <translation>Genuine signature · not in this register</translation>
    </message>
    <message>
        <source>Licence serial</source>
        <translation>Licence serial</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>print %1</source>
        <translation>print %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>QR error correction must be L, M, Q or H, not "%1".</source>
        <translation>QR error correction must be L, M, Q or H, not "%1".</translation>
    </message>
    <message>
        <source>A QR code needs some text to carry.</source>
        <translation>A QR code needs some text to carry.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>The text is too long for a QR code (%1 bytes).</translation>
    </message>
    <message>
        <source>A barcode needs some text to carry.</source>
        <translation>A barcode needs some text to carry.</translation>
    </message>
    <message>
        <source>A Code 128 barcode cannot carry "%1" in "%2".</source>
        <translation>A Code 128 barcode cannot carry "%1" in "%2".</translation>
    </message>
    <message>
        <source>Out of memory for a barcode.</source>
        <translation>Out of memory for a barcode.</translation>
    </message>
    <message>
        <source>Cannot make a barcode of "%1": %2</source>
        <translation>Cannot make a barcode of "%1": %2</translation>
    </message>
    <message>
        <source>Cannot make a barcode of "%1".</source>
        <translation>Cannot make a barcode of "%1".</translation>
    </message>
    <message>
        <source>The barcode of "%1" does not fit its space on the page.</source>
        <translation>The barcode of "%1" does not fit its space on the page.</translation>
    </message>
    <message>
        <source>%1: no installed font can print %2.</source>
        <translation>%1: no installed font can print %2.</translation>
    </message>
    <message>
        <source>The document needs the field "%1", which is missing.</source>
        <translation>The document needs the field "%1", which is missing.</translation>
    </message>
    <message>
        <source>The field "%1" must be a list.</source>
        <translation>The field "%1" must be a list.</translation>
    </message>
    <message>
        <source>The list "%1" is empty; the document needs at least one entry.</source>
        <translation>The list "%1" is empty; the document needs at least one entry.</translation>
    </message>
    <message>
        <source>Each entry of "%1" must be an object with named fields.</source>
        <translation>Each entry of "%1" must be an object with named fields.</translation>
    </message>
    <message>
        <source>The seal has no name to print (field "%1" is empty).</source>
        <translation>The seal has no name to print (field "%1" is empty).</translation>
    </message>
    <message>
        <source>%1, %2: runs %3 mm past the bottom margin; the text or the list is too long for one page.</source>
        <translation>%1, %2: runs %3 mm past the bottom margin; the text or the list is too long for one page.</translation>
    </message>
    <message>
        <source>%1, %2: does not fit inside the page margins.</source>
        <translation>%1, %2: does not fit inside the page margins.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap by %4 mm; the text above is too long for the page.</source>
        <translation>%1: %2 and %3 overlap by %4 mm; the text above is too long for the page.</translation>
    </message>
    <message>
        <source>"%1" is no template name (lower-case letters, digits and _).</source>
        <translation>"%1" is no template name (lower-case letters, digits and _).</translation>
    </message>
    <message>
        <source>There is no template "%1".</source>
        <translation>There is no template "%1".</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Cannot read the template %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to print onto.</source>
        <translation>There is nothing to print onto.</translation>
    </message>
    <message>
        <source>The printer does not take the page size of %1.</source>
        <translation>The printer does not take the page size of %1.</translation>
    </message>
    <message>
        <source>The printer or file cannot be written to.</source>
        <translation>The printer or file cannot be written to.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>An image needs 10 to 1200 dpi, not %1.</source>
        <translation>An image needs 10 to 1200 dpi, not %1.</translation>
    </message>
    <message>
        <source>%1: "%2" must be a number from %3 to %4.</source>
        <translation>%1: "%2" must be a number from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: "%2" is required.</source>
        <translation>%1: "%2" is required.</translation>
    </message>
    <message>
        <source>%1: "%2" must be text.</source>
        <translation>%1: "%2" must be text.</translation>
    </message>
    <message>
        <source>%1: "%2" must be true or false.</source>
        <translation>%1: "%2" must be true or false.</translation>
    </message>
    <message>
        <source>%1: "%2" is no colour (write it like #D8232A).</source>
        <translation>%1: "%2" is no colour (write it like #D8232A).</translation>
    </message>
    <message>
        <source>%1: unknown key "%2".</source>
        <translation>%1: unknown key "%2".</translation>
    </message>
    <message>
        <source>%1: no font "%2" in the template's "fonts".</source>
        <translation>%1: no font "%2" in the template's "fonts".</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>page: size must be A3, A4, A5, B5 or {"width": mm, "height": mm}.</source>
        <translation>page: size must be A3, A4, A5, B5 or {"width": mm, "height": mm}.</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>page size</translation>
    </message>
    <message>
        <source>page: size needs a width and a height from 50 to 1000 mm.</source>
        <translation>page: size needs a width and a height from 50 to 1000 mm.</translation>
    </message>
    <message>
        <source>page: size is required.</source>
        <translation>page: size is required.</translation>
    </message>
    <message>
        <source>page: orientation must be portrait or landscape.</source>
        <translation>page: orientation must be portrait or landscape.</translation>
    </message>
    <message>
        <source>page margins</source>
        <translation>page margins</translation>
    </message>
    <message>
        <source>page: the margins leave no room on the page.</source>
        <translation>page: the margins leave no room on the page.</translation>
    </message>
    <message>
        <source>Template %1, line %2: %3</source>
        <translation>Template %1, line %2: %3</translation>
    </message>
    <message>
        <source>Template %1 must be a JSON object.</source>
        <translation>Template %1 must be a JSON object.</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Template %1</translation>
    </message>
    <message>
        <source>Template %1 calls itself "%2".</source>
        <translation>Template %1 calls itself "%2".</translation>
    </message>
    <message>
        <source>Template %1, %2</source>
        <translation>Template %1, %2</translation>
    </message>
    <message>
        <source>Template %1: font "%2" needs a list of family names.</source>
        <translation>Template %1: font "%2" needs a list of family names.</translation>
    </message>
    <message>
        <source>Template %1 has no elements.</source>
        <translation>Template %1 has no elements.</translation>
    </message>
    <message>
        <source>element %1 (%2)</source>
        <translation>element %1 (%2)</translation>
    </message>
    <message>
        <source>%1: type must be text, table, seal, qr, barcode or line.</source>
        <translation>%1: type must be text, table, seal, qr, barcode or line.</translation>
    </message>
    <message>
        <source>%1: the id is used twice.</source>
        <translation>%1: the id is used twice.</translation>
    </message>
    <message>
        <source>%1: anchor can only be "previous".</source>
        <translation>%1: anchor can only be "previous".</translation>
    </message>
    <message>
        <source>%1: give either y or an anchor, not both.</source>
        <translation>%1: give either y or an anchor, not both.</translation>
    </message>
    <message>
        <source>%1: the first element has nothing to anchor to.</source>
        <translation>%1: the first element has nothing to anchor to.</translation>
    </message>
    <message>
        <source>%1: x + width (%2 mm) runs past the right margin (%3 mm).</source>
        <translation>%1: x + width (%2 mm) runs past the right margin (%3 mm).</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, column %2</translation>
    </message>
    <message>
        <source>%1: a table needs columns.</source>
        <translation>%1: a table needs columns.</translation>
    </message>
    <message>
        <source>%1: only one column may leave out its width.</source>
        <translation>%1: only one column may leave out its width.</translation>
    </message>
    <message>
        <source>%1: the columns are %2 mm wide, the table %3 mm.</source>
        <translation>%1: the columns are %2 mm wide, the table %3 mm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a QR code needs its width (the side of its square, quiet zone included).</source>
        <translation>%1: a QR code needs its width (the side of its square, quiet zone included).</translation>
    </message>
    <message>
        <source>%1: a barcode needs a width and a height.</source>
        <translation>%1: a barcode needs a width and a height.</translation>
    </message>
    <message>
        <source>%1: unknown filter "%2" in "%3".</source>
        <translation>%1: unknown filter "%2" in "%3".</translation>
    </message>
    <message>
        <source>%1: a placeholder in "%2" is not written as {{field}}.</source>
        <translation>%1: a placeholder in "%2" is not written as {{field}}.</translation>
    </message>
    <message>
        <source>The field "%1" must be text or a number.</source>
        <translation>The field "%1" must be text or a number.</translation>
    </message>
    <message>
        <source>The field "%1" must be a date like 2026-11-28, not "%2".</source>
        <translation>The field "%1" must be a date like 2026-11-28, not "%2".</translation>
    </message>
    <message>
        <source>Cannot repair the PDF's text layer: %1</source>
        <translation>Cannot repair the PDF's text layer: %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>no startxref</translation>
    </message>
    <message>
        <source>bad startxref</source>
        <translation>bad startxref</translation>
    </message>
    <message>
        <source>no classic xref table</source>
        <translation>no classic xref table</translation>
    </message>
    <message>
        <source>bad xref table</source>
        <translation>bad xref table</translation>
    </message>
    <message>
        <source>bad xref entry</source>
        <translation>bad xref entry</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>no trailer</translation>
    </message>
    <message>
        <source>page resources missing</source>
        <translation>page resources missing</translation>
    </message>
    <message>
        <source>page content unreadable</source>
        <translation>page content unreadable</translation>
    </message>
    <message>
        <source>glyph %1 reads "%2" but was drawn for "%3"</source>
        <translation>glyph %1 reads "%2" but was drawn for "%3"</translation>
    </message>
    <message>
        <source>%1: the barcode is too low for its text.</source>
        <translation>%1: the barcode is too low for its text.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Event %1 (%2) sets "%3", which is no field of %4.</source>
        <translation>Event %1 (%2) sets "%3", which is no field of %4.</translation>
    </message>
    <message>
        <source>Unknown subject type "%1".</source>
        <translation>Unknown subject type "%1".</translation>
    </message>
    <message>
        <source>Event %1 has the unknown type "%2" for a %3; this program may be too old.</source>
        <translation>Event %1 has the unknown type "%2" for a %3; this program may be too old.</translation>
    </message>
    <message>
        <source>Event %1 was made on version %2 of %3 %4, but the version here is %5.</source>
        <translation>Event %1 was made on version %2 of %3 %4, but the version here is %5.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Case number prefix</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Ticket letter</source>
        <translation>Ticket letter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Seals</translation>
    </message>
    <message>
        <source>Owner site</source>
        <translation>Owner site</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>Owner organisation</translation>
    </message>
    <message>
        <source>Ring text</source>
        <translation>Ring text</translation>
    </message>
    <message>
        <source>Bottom text</source>
        <translation>Bottom text</translation>
    </message>
    <message>
        <source>Serial code</source>
        <translation>Serial code</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Central service hall</source>
        <translation>Central service hall</translation>
    </message>
    <message>
        <source>Town service centre</source>
        <translation>Town service centre</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Business registration</translation>
    </message>
    <message>
        <source>Planning and construction</source>
        <translation>Planning and construction</translation>
    </message>
    <message>
        <source>General services</source>
        <translation>General services</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Administrative approval seal</source>
        <translation>Administrative approval seal</translation>
    </message>
    <message>
        <source>Service centre seal</source>
        <translation>Service centre seal</translation>
    </message>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>Unknown record kind %1.</translation>
    </message>
    <message>
        <source>There is no %1 with the code %2.</source>
        <translation>There is no %1 with the code %2.</translation>
    </message>
    <message>
        <source>%1 must be 1-%2 letters, digits, hyphens or underscores.</source>
        <translation>%1 must be 1-%2 letters, digits, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Choose a %1 from the list.</source>
        <translation>Choose a %1 from the list.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 must be a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The code %1 is used already; choose another.</source>
        <translation>The code %1 is used already; choose another.</translation>
    </message>
    <message>
        <source>Issuing agency on notices</source>
        <translation>Issuing agency on notices</translation>
    </message>
    <message>
        <source>Document number prefix</source>
        <translation>Document number prefix</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>(no window)</source>
        <translation>(no window)</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>(not claimed)</translation>
    </message>
    <message>
        <source>Give the range's first and last day as YYYY-MM-DD.</source>
        <translation>Give the range's first and last day as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2); swap the two days.</source>
        <translation>The range ends (%1) before it starts (%2); swap the two days.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Days with the agency</source>
        <translation>Days with the agency</translation>
    </message>
    <message>
        <source>Days with the applicant</source>
        <translation>Days with the applicant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 belongs to no section, so there are no section figures to show; ask the system administrator to set the account's section.</source>
        <translation>%1 belongs to no section, so there are no section figures to show; ask the system administrator to set the account's section.</translation>
    </message>
    <message>
        <source>%1 may read the figures of their own section only, not those of another.</source>
        <translation>%1 may read the figures of their own section only, not those of another.</translation>
    </message>
    <message>
        <source>%1 may read the figures of their own site only, not those of another.</source>
        <translation>%1 may read the figures of their own site only, not those of another.</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Resident ID must have 18 characters; this one has %1.</source>
        <translation>Resident ID must have 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Resident ID: character 18 must be a digit or X, not "%1".</source>
        <translation>Resident ID: character 18 must be a digit or X, not "%1".</translation>
    </message>
    <message>
        <source>Resident ID: character %1 must be a digit, not "%2".</source>
        <translation>Resident ID: character %1 must be a digit, not "%2".</translation>
    </message>
    <message>
        <source>Resident ID: characters 7-14 (%1) are not a real birth date.</source>
        <translation>Resident ID: characters 7-14 (%1) are not a real birth date.</translation>
    </message>
    <message>
        <source>Resident ID: the birth date %1 is in the future.</source>
        <translation>Resident ID: the birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>Resident ID: the check character is %1 but the first 17 digits call for %2; check the number for a typing error.</source>
        <translation>Resident ID: the check character is %1 but the first 17 digits call for %2; check the number for a typing error.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>There is no case %1; check the number on the acceptance notice.</source>
        <translation>There is no case %1; check the number on the acceptance notice.</translation>
    </message>
    <message>
        <source>Case %1 is decided (%2); only the section chief may change it, through a recorded correction.</source>
        <translation>Case %1 is decided (%2); only the section chief may change it, through a recorded correction.</translation>
    </message>
    <message>
        <source>Case %1 is %2, not waiting in a section's queue.</source>
        <translation>Case %1 is %2, not waiting in a section's queue.</translation>
    </message>
    <message>
        <source>Case %1 belongs to %2; %3 works for another section.</source>
        <translation>Case %1 belongs to %2; %3 works for another section.</translation>
    </message>
    <message>
        <source>Only the chief of %1 (an approver of that section) may do this; %2 is not.</source>
        <translation>Only the chief of %1 (an approver of that section) may do this; %2 is not.</translation>
    </message>
    <message>
        <source>Claim case %1 from the queue first.</source>
        <translation>Claim case %1 from the queue first.</translation>
    </message>
    <message>
        <source>Case %1 is held by %2 since %3; ask them or the section chief to release it.</source>
        <translation>Case %1 is held by %2 since %3; ask them or the section chief to release it.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>The yellow light's working days must be between 0 and 60.</source>
        <translation>The yellow light's working days must be between 0 and 60.</translation>
    </message>
    <message>
        <source>The yellow light's share of the promised limit must be between 0 and 100 %.</source>
        <translation>The yellow light's share of the promised limit must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A step limit must be between 0 (none) and 60 working days.</source>
        <translation>A step limit must be between 0 (none) and 60 working days.</translation>
    </message>
    <message>
        <source>Case %1 was not accepted, so it has no clock.</source>
        <translation>Case %1 was not accepted, so it has no clock.</translation>
    </message>
    <message>
        <source>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</source>
        <translation>There is no section "%1"; give its code (SSDJ) or its name (商事登记科).</translation>
    </message>
    <message>
        <source>Case %1 is at the %2 step: %3</source>
        <translation>Case %1 is at the %2 step: %3</translation>
    </message>
    <message>
        <source>Nobody holds case %1.</source>
        <translation>Nobody holds case %1.</translation>
    </message>
    <message>
        <source>There is no active user "%1".</source>
        <translation>There is no active user "%1".</translation>
    </message>
    <message>
        <source>%1 may not work on the %2 step of case %3.</source>
        <translation>%1 may not work on the %2 step of case %3.</translation>
    </message>
    <message>
        <source>Case %1 has its opinion already and waits for the decision.</source>
        <translation>Case %1 has its opinion already and waits for the decision.</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped; resume it before recording the opinion.</source>
        <translation>The clock of case %1 is stopped; resume it before recording the opinion.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>An on-site check needs a second reviewer of %1; name one.</source>
        <translation>An on-site check needs a second reviewer of %1; name one.</translation>
    </message>
    <message>
        <source>The second reviewer of an on-site check must be another person.</source>
        <translation>The second reviewer of an on-site check must be another person.</translation>
    </message>
    <message>
        <source>The site holding case %1 is missing.</source>
        <translation>The site holding case %1 is missing.</translation>
    </message>
    <message>
        <source>The site holding case %1 has no seal in the registry; a document cannot be issued without one.</source>
        <translation>The site holding case %1 has no seal in the registry; a document cannot be issued without one.</translation>
    </message>
    <message>
        <source>You accepted case %1 yourself; another approver must decide it.</source>
        <translation>You accepted case %1 yourself; another approver must decide it.</translation>
    </message>
    <message>
        <source>Case %1 has no review opinion yet; it is decided after the review.</source>
        <translation>Case %1 has no review opinion yet; it is decided after the review.</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped; resume it before deciding.</source>
        <translation>The clock of case %1 is stopped; resume it before deciding.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Case %1 is %2; only a decision that is not yet printed can be corrected.</source>
        <translation>Case %1 is %2; only a decision that is not yet printed can be corrected.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>The clock of case %1 is stopped already; resume it first.</source>
        <translation>The clock of case %1 is stopped already; resume it first.</translation>
    </message>
    <message>
        <source>A special procedure is one of %1.</source>
        <translation>A special procedure is one of %1.</translation>
    </message>
    <message>
        <source>Give the expected duration of the %1 in working days (1–250).</source>
        <translation>Give the expected duration of the %1 in working days (1–250).</translation>
    </message>
    <message>
        <source>The supplement period must be between 0 and 60 working days.</source>
        <translation>The supplement period must be between 0 and 60 working days.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The clock of case %1 is running.</source>
        <translation>The clock of case %1 is running.</translation>
    </message>
    <message>
        <source>Case %1 was extended on %2 already; the law allows one extension.</source>
        <translation>Case %1 was extended on %2 already; the law allows one extension.</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>The new time limit of case %1 runs into a year without a holiday calendar; import that year's calendar before extending.</source>
        <translation>The new time limit of case %1 runs into a year without a holiday calendar; import that year's calendar before extending.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Seal keeper</source>
        <translation>Seal keeper</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>Enforcement officer</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>Security administrator</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>Audit administrator</translation>
    </message>
    <message>
        <source>take in applications</source>
        <translation>take in applications</translation>
    </message>
    <message>
        <source>review applications</source>
        <translation>review applications</translation>
    </message>
    <message>
        <source>decide applications</source>
        <translation>decide applications</translation>
    </message>
    <message>
        <source>apply a seal</source>
        <translation>apply a seal</translation>
    </message>
    <message>
        <source>record supervision</source>
        <translation>record supervision</translation>
    </message>
    <message>
        <source>record enforcement</source>
        <translation>record enforcement</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>change the configuration</source>
        <translation>change the configuration</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>assign roles</translation>
    </message>
    <message>
        <source>manage keys</source>
        <translation>manage keys</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>Hall manager</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>see the dashboard</translation>
    </message>
    <message>
        <source>see every section's figures</source>
        <translation>see every section's figures</translation>
    </message>
</context>
<context>
    <name>SealKeyStore</name>
    <message>
        <source>This workstation's keychain holds no signing key %1. Sign on the seal keeper's workstation where the key was made, or have the security administrator make a new key with "onesealctl seal keygen".</source>
        <translation>This workstation's keychain holds no signing key %1. Sign on the seal keeper's workstation where the key was made, or have the security administrator make a new key with "onesealctl seal keygen".</translation>
    </message>
    <message>
        <source>The keychain is not available (%1), so no seal key can be kept or used here. Unlock the keychain or contact IT; OneSeal never stores seal keys in a file.</source>
        <translation>The keychain is not available (%1), so no seal key can be kept or used here. Unlock the keychain or contact IT; OneSeal never stores seal keys in a file.</translation>
    </message>
    <message>
        <source>The keychain entry %1 holds no key for that key id.</source>
        <translation>The keychain entry %1 holds no key for that key id.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 may not %2: none of their roles grants it.</source>
        <translation>%1 may not %2: none of their roles grants it.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation>The idle lock must be between 1 and 240 minutes.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The resource %1 is missing.</source>
        <translation>The resource %1 is missing.</translation>
    </message>
    <message>
        <source>The demo data refers to a missing %1 (%2).</source>
        <translation>The demo data refers to a missing %1 (%2).</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>%1 has data already; the demo needs a new, empty file.</source>
        <translation>%1 has data already; the demo needs a new, empty file.</translation>
    </message>
    <message>
        <source>The shipped catalogue did not import: line %1, %2: %3</source>
        <translation>The shipped catalogue did not import: line %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 exists already; replay writes into a new file only.</source>
        <translation>%1 exists already; replay writes into a new file only.</translation>
    </message>
    <message>
        <source>The replay succeeded but could not be moved to %1.</source>
        <translation>The replay succeeded but could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>StatutoryClock</name>
    <message>
        <source>The case has no acceptance day, so its clock has not started.</source>
        <translation>The case has no acceptance day, so its clock has not started.</translation>
    </message>
    <message>
        <source>Time limits and the extension must not be negative.</source>
        <translation>Time limits and the extension must not be negative.</translation>
    </message>
    <message>
        <source>The day to read the clock on is not a valid date.</source>
        <translation>The day to read the clock on is not a valid date.</translation>
    </message>
    <message>
        <source>A suspension must start on or after the day the clock started (%1).</source>
        <translation>A suspension must start on or after the day the clock started (%1).</translation>
    </message>
    <message>
        <source>A suspension ends (%1) before it starts (%2).</source>
        <translation>A suspension ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The due date lies in a year with no holiday calendar loaded; it stays unknown until an administrator imports that year's calendar.</source>
        <translation>The due date lies in a year with no holiday calendar loaded; it stays unknown until an administrator imports that year's calendar.</translation>
    </message>
    <message>
        <source>The %1 has taken %2 working days; the applicant was told %3.</source>
        <translation>The %1 has taken %2 working days; the applicant was told %3.</translation>
    </message>
    <message>
        <source>The step %1 has taken %2 working days; its limit is %3.</source>
        <translation>The step %1 has taken %2 working days; its limit is %3.</translation>
    </message>
</context>
<context>
    <name>StrictCbor</name>
    <message>
        <source>%1 is damaged or not one of ours: %2 (at byte %3).</source>
        <translation>%1 is damaged or not one of ours: %2 (at byte %3).</translation>
    </message>
    <message>
        <source>a map was expected</source>
        <translation>a map was expected</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>a list was expected</translation>
    </message>
    <message>
        <source>a container of indefinite length</source>
        <translation>a container of indefinite length</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>%1 items where at most %2 belong</source>
        <translation>%1 items where at most %2 belong</translation>
    </message>
    <message>
        <source>more items than expected</source>
        <translation>more items than expected</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>a number was expected</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>a number out of range</translation>
    </message>
    <message>
        <source>a byte string was expected</source>
        <translation>a byte string was expected</translation>
    </message>
    <message>
        <source>a byte string longer than %1 bytes</source>
        <translation>a byte string longer than %1 bytes</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>a text was expected</translation>
    </message>
    <message>
        <source>a text longer than %1 bytes</source>
        <translation>a text longer than %1 bytes</translation>
    </message>
    <message>
        <source>bytes left over after the end</source>
        <translation>bytes left over after the end</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server answered for %1 of %2 events; they are sent again next time.</source>
        <translation>The server answered for %1 of %2 events; they are sent again next time.</translation>
    </message>
    <message>
        <source>The server's answer does not match the events sent.</source>
        <translation>The server's answer does not match the events sent.</translation>
    </message>
    <message>
        <source>The server offered to go back from position %1 to %2; this database keeps its place and reports it.</source>
        <translation>The server offered to go back from position %1 to %2; this database keeps its place and reports it.</translation>
    </message>
    <message>
        <source>The server's checkpoint is not signed by the key this device was enrolled with; this is not the same central store, or its key was replaced. Tell the IT team.</source>
        <translation>The server's checkpoint is not signed by the key this device was enrolled with; this is not the same central store, or its key was replaced. Tell the IT team.</translation>
    </message>
    <message>
        <source>The central log is shorter (%1) than this device saw before (%2): it was rolled back or replaced. Tell the IT team.</source>
        <translation>The central log is shorter (%1) than this device saw before (%2): it was rolled back or replaced. Tell the IT team.</translation>
    </message>
    <message>
        <source>The central log at position %1 is not what this device saw before: it was rewritten. Tell the IT team.</source>
        <translation>The central log at position %1 is not what this device saw before: it was rewritten. Tell the IT team.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>The step was recorded for another site than the one this device is enrolled for.</source>
        <translation>The step was recorded for another site than the one this device is enrolled for.</translation>
    </message>
    <message>
        <source>The step was made with an account that does not work at this site; only the site's own staff record its work.</source>
        <translation>The step was made with an account that does not work at this site; only the site's own staff record its work.</translation>
    </message>
    <message>
        <source>Only the central hall changes the catalogue, calendar, organisation, seals, dishonesty list and settings.</source>
        <translation>Only the central hall changes the catalogue, calendar, organisation, seals, dishonesty list and settings.</translation>
    </message>
    <message>
        <source>The application or account is held by another site; this site may not change it.</source>
        <translation>The application or account is held by another site; this site may not change it.</translation>
    </message>
    <message>
        <source>Someone else changed the same record first; the step was made on an older state.</source>
        <translation>Someone else changed the same record first; the step was made on an older state.</translation>
    </message>
    <message>
        <source>The application was closed before this step reached the central store.</source>
        <translation>The application was closed before this step reached the central store.</translation>
    </message>
    <message>
        <source>The central store could not apply the step to its records (%1).</source>
        <translation>The central store could not apply the step to its records (%1).</translation>
    </message>
    <message>
        <source>The central store refused the step (%1: %2).</source>
        <translation>The central store refused the step (%1: %2).</translation>
    </message>
    <message>
        <source>Open the case, check what changed, then redo the step or send it again.</source>
        <translation>Open the case, check what changed, then redo the step or send it again.</translation>
    </message>
    <message>
        <source>Ask the central hall to make the change.</source>
        <translation>Ask the central hall to make the change.</translation>
    </message>
    <message>
        <source>Open the case to see who holds it now; the step cannot be made here.</source>
        <translation>Open the case to see who holds it now; the step cannot be made here.</translation>
    </message>
    <message>
        <source>Sign in with your own account and redo the step.</source>
        <translation>Sign in with your own account and redo the step.</translation>
    </message>
    <message>
        <source>Tell the IT team.</source>
        <translation>Tell the IT team.</translation>
    </message>
    <message>
        <source>Site saved</source>
        <translation>Site saved</translation>
    </message>
    <message>
        <source>Service window saved</source>
        <translation>Service window saved</translation>
    </message>
    <message>
        <source>Section saved</source>
        <translation>Section saved</translation>
    </message>
    <message>
        <source>Department saved</source>
        <translation>Department saved</translation>
    </message>
    <message>
        <source>Seal saved</source>
        <translation>Seal saved</translation>
    </message>
    <message>
        <source>Catalogue item changed</source>
        <translation>Catalogue item changed</translation>
    </message>
    <message>
        <source>Applicant saved</source>
        <translation>Applicant saved</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>Application recorded</translation>
    </message>
    <message>
        <source>Dishonesty list entry saved</source>
        <translation>Dishonesty list entry saved</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>Roles assigned</translation>
    </message>
    <message>
        <source>Working calendar imported</source>
        <translation>Working calendar imported</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Application accepted</source>
        <translation>Application accepted</translation>
    </message>
    <message>
        <source>Supplementary materials requested</source>
        <translation>Supplementary materials requested</translation>
    </message>
    <message>
        <source>Application not accepted</source>
        <translation>Application not accepted</translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation>Decision made</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <source>Dishonesty list consulted</source>
        <translation>Dishonesty list consulted</translation>
    </message>
    <message>
        <source>Case taken for review</source>
        <translation>Case taken for review</translation>
    </message>
    <message>
        <source>Case released</source>
        <translation>Case released</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>Case reassigned</translation>
    </message>
    <message>
        <source>Review step completed</source>
        <translation>Review step completed</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>Time limit extended</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>Decision corrected</translation>
    </message>
    <message>
        <source>Review opinion recorded</source>
        <translation>Review opinion recorded</translation>
    </message>
    <message>
        <source>Time limit suspended</source>
        <translation>Time limit suspended</translation>
    </message>
    <message>
        <source>Suspension ended</source>
        <translation>Suspension ended</translation>
    </message>
    <message>
        <source>Decision correction recorded</source>
        <translation>Decision correction recorded</translation>
    </message>
    <message>
        <source>Queue ticket issued</source>
        <translation>Queue ticket issued</translation>
    </message>
    <message>
        <source>Queue ticket called</source>
        <translation>Queue ticket called</translation>
    </message>
    <message>
        <source>Queue ticket called again</source>
        <translation>Queue ticket called again</translation>
    </message>
    <message>
        <source>Queue ticket skipped</source>
        <translation>Queue ticket skipped</translation>
    </message>
    <message>
        <source>Queue ticket transferred</source>
        <translation>Queue ticket transferred</translation>
    </message>
    <message>
        <source>Queue ticket finished</source>
        <translation>Queue ticket finished</translation>
    </message>
    <message>
        <source>Seal key registered</source>
        <translation>Seal key registered</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence issued</translation>
    </message>
    <message>
        <source>Licence voided</source>
        <translation>Licence voided</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>Licence printed</source>
        <translation>Licence printed</translation>
    </message>
    <message>
        <source>Spoiled sheet recorded</source>
        <translation>Spoiled sheet recorded</translation>
    </message>
    <message>
        <source>Licence handed over</source>
        <translation>Licence handed over</translation>
    </message>
    <message>
        <source>This step would be refused again as it is; %1</source>
        <translation>This step would be refused again as it is; %1</translation>
    </message>
    <message>
        <source>Notice printed</source>
        <translation>Notice printed</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: "%2" must be left, center, right or justify.</source>
        <translation>%1: "%2" must be left, center, right or justify.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at position %3; retype the text instead of pasting it.</source>
        <translation>%1 contains an invisible or control character (U+%2) at position %3; retype the text instead of pasting it.</translation>
    </message>
    <message>
        <source>%1 contains a broken character at position %2; retype it.</source>
        <translation>%1 contains a broken character at position %2; retype it.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Business registration</source>
        <translation>Business registration</translation>
    </message>
    <message>
        <source>Planning and construction</source>
        <translation>Planning and construction</translation>
    </message>
    <message>
        <source>General services</source>
        <translation>General services</translation>
    </message>
    <message>
        <source>Your account belongs to no site; an administrator must assign one.</source>
        <translation>Your account belongs to no site; an administrator must assign one.</translation>
    </message>
    <message>
        <source>There is no window kind "%1"; choose one of %2.</source>
        <translation>There is no window kind "%1"; choose one of %2.</translation>
    </message>
    <message>
        <source>This site has no open %1 window; issue a ticket for another kind or open a window of this kind first.</source>
        <translation>This site has no open %1 window; issue a ticket for another kind or open a window of this kind first.</translation>
    </message>
    <message>
        <source>Your account works at no window; an administrator must assign one to call tickets.</source>
        <translation>Your account works at no window; an administrator must assign one to call tickets.</translation>
    </message>
    <message>
        <source>Your window is not in the organisation any more; ask an administrator.</source>
        <translation>Your window is not in the organisation any more; ask an administrator.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>There is no ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is still at your window; finish, skip or transfer it first.</source>
        <translation>Ticket %1 is still at your window; finish, skip or transfer it first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a %1 window.</source>
        <translation>Nobody is waiting for a %1 window.</translation>
    </message>
    <message>
        <source>No ticket is at your window; call the next one first.</source>
        <translation>No ticket is at your window; call the next one first.</translation>
    </message>
    <message>
        <source>Ticket %1 is already in the %2 queue; choose another kind of window.</source>
        <translation>Ticket %1 is already in the %2 queue; choose another kind of window.</translation>
    </message>
    <message>
        <source>This site has no open %1 window to pass ticket %2 to.</source>
        <translation>This site has no open %1 window to pass ticket %2 to.</translation>
    </message>
    <message>
        <source>There is no case %1; check the number on the notice.</source>
        <translation>There is no case %1; check the number on the notice.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>County hall</source>
        <translation>County hall</translation>
    </message>
    <message>
        <source>Town centres too</source>
        <translation>Town centres too</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Implementing agency</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation>Acceptance conditions</translation>
    </message>
    <message>
        <source>Review standard</source>
        <translation>Review standard</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Statutory time limit</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Special procedures</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Window kind</source>
        <translation>Window kind</translation>
    </message>
    <message>
        <source>Deciding section</source>
        <translation>Deciding section</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>Supervising department</translation>
    </message>
    <message>
        <source>Result template</source>
        <translation>Result template</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>Decided on the spot</source>
        <translation>Decided on the spot</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>Roles assigned</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Site saved</source>
        <translation>Site saved</translation>
    </message>
    <message>
        <source>Window saved</source>
        <translation>Window saved</translation>
    </message>
    <message>
        <source>Section saved</source>
        <translation>Section saved</translation>
    </message>
    <message>
        <source>Department saved</source>
        <translation>Department saved</translation>
    </message>
    <message>
        <source>Seal saved</source>
        <translation>Seal saved</translation>
    </message>
    <message>
        <source>Catalogue item saved</source>
        <translation>Catalogue item saved</translation>
    </message>
    <message>
        <source>Calendar year imported</source>
        <translation>Calendar year imported</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Applicant saved</source>
        <translation>Applicant saved</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>Application recorded</translation>
    </message>
    <message>
        <source>Dishonesty list entry saved</source>
        <translation>Dishonesty list entry saved</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>Catalogue item</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Dishonesty list entry</source>
        <translation>Dishonesty list entry</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>The message is not a valid sync message: %1. Check that client and server are the same version.</source>
        <translation>The message is not a valid sync message: %1. Check that client and server are the same version.</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1 at byte %2)</source>
        <translation>the body is not a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the field "%1" is missing or of the wrong type</source>
        <translation>the field "%1" is missing or of the wrong type</translation>
    </message>
    <message>
        <source>the device time of event %1 is not an ISO 8601 instant</source>
        <translation>the device time of event %1 is not an ISO 8601 instant</translation>
    </message>
    <message>
        <source>Event %1 does not match its hash: it was changed or cut on the way.</source>
        <translation>Event %1 does not match its hash: it was changed or cut on the way.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1 but the client sent %2: update the client.</source>
        <translation>This server speaks sync protocol %1 but the client sent %2: update the client.</translation>
    </message>
    <message>
        <source>a push carries at most %1 events</source>
        <translation>a push carries at most %1 events</translation>
    </message>
    <message>
        <source>event %1 belongs to another device than the push</source>
        <translation>event %1 belongs to another device than the push</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an explanation.</source>
        <translation>The server answered HTTP %1 without an explanation.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The calendar file is not valid JSON: %1.</source>
        <translation>The calendar file is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The calendar file has no valid "year" field.</source>
        <translation>The calendar file has no valid "year" field.</translation>
    </message>
    <message>
        <source>Calendar entry %1 needs a date (YYYY-MM-DD) and isOffDay (true or false).</source>
        <translation>Calendar entry %1 needs a date (YYYY-MM-DD) and isOffDay (true or false).</translation>
    </message>
    <message>
        <source>Calendar entry %1 (%2) lies outside the year %3.</source>
        <translation>Calendar entry %1 (%2) lies outside the year %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The count runs into %1, which has no holiday calendar loaded (loaded: %2); an administrator must import the %1 calendar first.</source>
        <translation>The count runs into %1, which has no holiday calendar loaded (loaded: %2); an administrator must import the %1 calendar first.</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>The start date is not a valid date.</translation>
    </message>
    <message>
        <source>The number of working days must not be negative.</source>
        <translation>The number of working days must not be negative.</translation>
    </message>
</context>
</TS>