-- name: create-events
-- title: "Resource creations"
-- description: "Create* calls and RunInstances, excluding CloudWatch Logs' CreateLog* noise."
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
       eventsource,
       eventname,
       sourceipaddress,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND (eventname LIKE 'Create%' OR eventname = 'RunInstances')
  AND eventname NOT LIKE 'CreateLog%'
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
