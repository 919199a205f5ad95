-- name: snapshot-or-ami-shared
-- title: "Snapshots and AMIs shared"
-- description: "EBS snapshots, AMIs and RDS snapshots whose permissions were changed to share them."
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
       COALESCE(json_extract_scalar(requestparameters, '$.snapshotId'), json_extract_scalar(requestparameters, '$.imageId'), json_extract_scalar(requestparameters, '$.dBSnapshotIdentifier'), json_extract_scalar(requestparameters, '$.dBClusterSnapshotIdentifier')) AS shared,
       errorcode,
       requestparameters
FROM ${table}
WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
  [[AND accountid IN ${accounts}]]
  [[AND region IN ${regions}]]
  AND ((eventname IN ('ModifySnapshotAttribute', 'ModifyImageAttribute') AND (requestparameters LIKE '%createVolumePermission%' OR requestparameters LIKE '%launchPermission%') AND requestparameters LIKE '%"add"%')
       OR (eventname IN ('ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute') AND json_extract_scalar(requestparameters, '$.attributeName') = 'restore'))
ORDER BY eventtime DESC, eventid
LIMIT ${limit}
