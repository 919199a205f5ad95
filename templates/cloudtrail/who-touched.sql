-- name: who-touched
-- title: "Writes that mention a resource"
-- description: "Every write call whose request or response mentions the resource id, name or ARN."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:    { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:      { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts: { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:  { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   resource: { type: string, required: true, description: "Resource id, name or ARN", sample: "my-bucket" }
--   limit:    { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventsource,
       eventname,
       sourceipaddress,
       errorcode,
       requestparameters
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND LOWER(CAST(readonly AS VARCHAR)) = 'false'
  AND (requestparameters LIKE '%' || ${resource} || '%' OR responseelements LIKE '%' || ${resource} || '%')
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
