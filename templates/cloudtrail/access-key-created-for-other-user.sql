-- name: access-key-created-for-other-user
-- title: "Access keys created for another user"
-- description: "CreateAccessKey where the key's user is not the caller: a classic persistence step."
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
       json_extract_scalar(requestparameters, '$.userName') AS key_user,
       json_extract_scalar(responseelements, '$.accessKey.accessKeyId') AS new_key,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND eventname = 'CreateAccessKey'
  AND json_extract_scalar(requestparameters, '$.userName') IS NOT NULL
  AND json_extract_scalar(requestparameters, '$.userName') <> COALESCE(useridentity.username, '')
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
