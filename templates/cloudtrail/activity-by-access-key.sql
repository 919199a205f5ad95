-- name: activity-by-access-key
-- title: "Activity of an access key"
-- description: "Every call signed with one access key id (long-term AKIA… or temporary ASIA…)."
-- engines: [athena, local]
-- table: cloudtrail
-- params:
--   start:      { type: date, required: true, description: "First day, UTC (YYYY-MM-DD, today, -7d)" }
--   end:        { type: date, default: "${start}", description: "Last day, UTC, inclusive" }
--   accounts:   { type: "list<account-id>", description: "Only these accounts (default: all in the table)" }
--   regions:    { type: "list<region>", description: "Only these regions (default: all in the table)" }
--   access-key: { type: string, required: true, description: "Access key id", sample: "AKIAIOSFODNN7EXAMPLE" }
--   limit:      { type: int, default: "1000", description: "Most rows to return" }
SELECT eventtime,
       accountid,
       region,
       COALESCE(useridentity.arn, useridentity.invokedby) AS principal,
       eventsource,
       eventname,
       sourceipaddress,
       useragent,
       errorcode
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND useridentity.accesskeyid = ${access-key}
ORDER BY eventtime ASC, eventid
LIMIT ${limit}
