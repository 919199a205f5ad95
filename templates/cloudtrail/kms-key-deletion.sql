-- name: kms-key-deletion
-- title: "KMS keys scheduled for deletion or disabled"
-- description: "ScheduleKeyDeletion, DisableKey and their reversals: losing a key loses the data it protects."
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
       json_extract_scalar(requestparameters, '$.keyId') AS key_id,
       json_extract_scalar(requestparameters, '$.pendingWindowInDays') AS pending_days,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventsource = 'kms.amazonaws.com'
  AND eventname IN ('ScheduleKeyDeletion', 'CancelKeyDeletion', 'DisableKey', 'EnableKey', 'DeleteImportedKeyMaterial', 'DisableKeyRotation')
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
