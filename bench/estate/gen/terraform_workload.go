package gen

func tfKMS(w workload) string {
	root := `      {
        Sid       = "EnableIAMPolicies"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
`
	if w.mistake == keyWithoutRoot {
		root = ""
	}
	return `resource "aws_kms_key" "recordings" {
  description         = "Call recordings of {{W}}"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
` + root + `      {
        Sid       = "KeyAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:role/platform-deployer" }
        Action    = ["kms:Describe*", "kms:Put*", "kms:Enable*", "kms:ScheduleKeyDeletion"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_alias" "recordings" {
  name          = "alias/{{W}}-recordings"
  target_key_id = aws_kms_key.recordings.key_id
}
`
}

func tfStorage(w workload) string {
	exempt := "[for r in aws_iam_role.reader : r.arn]"
	if w.mistake == bucketDeniesReader {
		exempt = "[]"
	}
	return `resource "aws_s3_bucket" "recordings" {
  bucket = local.bucket_name
}

resource "aws_s3_bucket_public_access_block" "recordings" {
  bucket                  = aws_s3_bucket.recordings.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "recordings" {
  bucket = aws_s3_bucket.recordings.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "recordings" {
  bucket = aws_s3_bucket.recordings.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "recordings" {
  bucket = aws_s3_bucket.recordings.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.recordings.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_policy" "recordings" {
  bucket = aws_s3_bucket.recordings.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.recordings.arn, "${aws_s3_bucket.recordings.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "RecordingsOnlyForConnectAndReaders"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource  = "${aws_s3_bucket.recordings.arn}/*"
        Condition = {
          ArnNotLike = {
            "aws:PrincipalArn" = concat(` + exempt + `, [
              aws_iam_role.admin.arn,
              "arn:aws:iam::${local.account_id}:role/aws-service-role/connect.amazonaws.com/*",
            ])
          }
        }
      },
    ]
  })
}

module "archive" {
  source      = "../../modules/recording-bucket"
  for_each    = toset({{ARCHIVES}})
  name        = "acme-{{W}}-${each.key}-{{REGION}}"
  kms_key_arn = aws_kms_key.recordings.arn
  reader_arns = [aws_iam_role.admin.arn]
}
` + tfEndpoint(w)
}

func tfEndpoint(w workload) string {
	if !w.endpoint {
		return ""
	}
	return `
resource "aws_vpc_endpoint" "s3" {
  vpc_id            = "vpc-0{{W}}"
  service_name      = "com.amazonaws.{{REGION}}.s3"
  vpc_endpoint_type = "Gateway"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CompanyBuckets"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::acme-*", "arn:aws:s3:::acme-*/*"]
    }]
  })
}
`
}

func tfRoles(w workload) string {
	boundary := ""
	if w.boundary {
		boundary = "\n  permissions_boundary = aws_iam_policy.boundary.arn"
	}
	return `data "aws_iam_policy_document" "assume_from_sso" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.account_id}:root"]
    }
  }
}

resource "aws_iam_policy" "boundary" {
  name = "{{W}}-boundary"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Storage", Effect = "Allow", Action = ["s3:*", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"], Resource = "*" },
      { Sid = "NoIAM", Effect = "Deny", Action = ["iam:*", "organizations:*"], Resource = "*" },
    ]
  })
}

resource "aws_iam_role" "admin" {
  name               = "{{W}}-admin"
  assume_role_policy = data.aws_iam_policy_document.assume_from_sso.json` + boundary + `
}

resource "aws_iam_role_policy" "admin" {
  name = "manage-recordings"
  role = aws_iam_role.admin.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "List", Effect = "Allow", Action = ["s3:ListBucket", "s3:GetBucketLocation"], Resource = aws_s3_bucket.recordings.arn },
      { Sid = "Objects", Effect = "Allow", Action = ["s3:GetObject", "s3:DeleteObject"], Resource = "${aws_s3_bucket.recordings.arn}/*" },
      { Sid = "Key", Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = aws_kms_key.recordings.arn },
    ]
  })
}

resource "aws_iam_role" "reader" {
  for_each           = local.readers
  name               = "{{W}}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume_from_sso.json` + boundary + `
}

resource "aws_iam_policy" "read_recordings" {
  name = "{{W}}-read-recordings"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "ReadCallRecordings", Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.recordings.arn}/${local.recording_path}/*" },
      { Sid = "ListCallRecordings", Effect = "Allow", Action = "s3:ListBucket", Resource = aws_s3_bucket.recordings.arn },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "read_recordings" {
  for_each   = local.readers
  role       = aws_iam_role.reader[each.key].name
  policy_arn = aws_iam_policy.read_recordings.arn
}

resource "aws_iam_role_policy" "reader_key" {
  for_each = local.readers
  name     = "decrypt-recordings"
  role     = aws_iam_role.reader[each.key].id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "DecryptCallRecordings", Effect = "Allow", Action = "kms:Decrypt", Resource = aws_kms_key.recordings.arn }]
  })
}
`
}

func tfConnect(w workload) string {
	record := `      {
        Identifier  = "record"
        Type        = "UpdateContactRecordingBehavior"
        Parameters  = { RecordingBehavior = { RecordedParticipants = ["Agent", "Customer"] } }
        Transitions = { NextAction = "set-queue" }
      },
`
	start := "record"
	if w.mistake == flowWithoutRecording {
		record, start = "", "set-queue"
	}
	return `resource "aws_connect_instance" "this" {
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  outbound_calls_enabled   = true
  instance_alias           = var.instance_alias
}

resource "aws_connect_instance_storage_config" "call_recordings" {
  instance_id   = aws_connect_instance.this.id
  resource_type = "CALL_RECORDINGS"
  storage_config {
    storage_type = "S3"
    s3_config {
      bucket_name   = aws_s3_bucket.recordings.id
      bucket_prefix = "connect/${var.instance_alias}"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.recordings.arn
      }
    }
  }
}

resource "aws_connect_instance_storage_config" "chat_transcripts" {
  instance_id   = aws_connect_instance.this.id
  resource_type = "CHAT_TRANSCRIPTS"
  storage_config {
    storage_type = "S3"
    s3_config {
      bucket_name   = module.archive["archive"].name
      bucket_prefix = "connect/${var.instance_alias}/transcripts"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.recordings.arn
      }
    }
  }
}

resource "aws_connect_contact_flow" "inbound" {
  instance_id = aws_connect_instance.this.id
  name        = "Inbound {{W}}"
  type        = "CONTACT_FLOW"
  content = jsonencode({
    Version     = "2019-10-30"
    StartAction = "` + start + `"
    Actions = [
` + record + `      {
        Identifier  = "set-queue"
        Type        = "UpdateContactTargetQueue"
        Parameters  = { QueueId = "${aws_connect_instance.this.arn}/queue/5d2c7a3e-1b9f-4c6e-8f0a-3e7b9d1c2a4f" }
        Transitions = { NextAction = "transfer", Errors = [{ NextAction = "hang-up", ErrorType = "NoMatchingError" }] }
      },
      {
        Identifier  = "transfer"
        Type        = "TransferContactToQueue"
        Parameters  = {}
        Transitions = { NextAction = "hang-up", Errors = [{ NextAction = "hang-up", ErrorType = "QueueAtCapacity" }] }
      },
      {
        Identifier  = "hang-up"
        Type        = "DisconnectParticipant"
        Parameters  = {}
        Transitions = {}
      },
    ]
  })
}
`
}
