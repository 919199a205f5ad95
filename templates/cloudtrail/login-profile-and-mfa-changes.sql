-- name: login-profile-and-mfa-changes
-- title: "Console password and MFA changes"
-- description: "Login profiles created, changed or deleted and MFA devices enabled, disabled or deleted."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventname,
       COALESCE(json_extract_scalar(requestparameters, '$.userName'), useridentity.username) AS target_user,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventname IN ('CreateLoginProfile', 'UpdateLoginProfile', 'DeleteLoginProfile', 'ChangePassword', 'EnableMFADevice', 'DeactivateMFADevice', 'CreateVirtualMFADevice', 'DeleteVirtualMFADevice', 'ResyncMFADevice')
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
