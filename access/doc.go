// Package access turns the estate into the requests its configuration
// intends, and decides each of them with package iam.
//
// iam knows AWS's evaluation logic but nothing of estates; the loaders know
// files but nothing of evaluation. This package joins them: it finds the
// principal's identity policies, the bucket's policy and settings, the
// bucket's KMS key, the organisation policies on both accounts' paths and
// the VPC endpoint of the access path, fills the request context as AWS
// would, and asks iam for a decision. An S3 request on an SSE-KMS bucket is
// two decisions, S3's and the KMS one that S3 makes on the caller's behalf.
package access
