-- name: iam-user-activity
-- title: "Activity of IAM users"
-- description: "Calls made by IAM users (long-term credentials), without calls AWS services made on their behalf."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   user:     { type: string, description: "Only this IAM user name" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       useridentity.username AS iam_user,
       useridentity.accesskeyid AS access_key,
       eventsource,
       eventname,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND useridentity.type = 'IAMUser'
  AND useridentity.invokedby IS NULL
  [[AND useridentity.username = ${user}]]
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
