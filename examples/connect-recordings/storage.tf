resource "aws_s3_bucket" "recordings" {
  bucket = "acme-connect-recordings-eu-west-2"
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

# Only Connect and the contact-centre administrators may touch recordings.
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
        Resource = [
          aws_s3_bucket.recordings.arn,
          "${aws_s3_bucket.recordings.arn}/*",
        ]
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      },
      {
        Sid       = "RecordingsOnlyForConnectAndAdmins"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource  = "${aws_s3_bucket.recordings.arn}/*"
        Condition = {
          ArnNotLike = {
            "aws:PrincipalArn" = [
              aws_iam_role.contact_centre_admin.arn,
              "arn:aws:iam::${local.account_id}:role/aws-service-role/connect.amazonaws.com/*",
            ]
          }
        }
      },
    ]
  })
}

# Who listened to which call: every read and write of a recording is
# recorded as a CloudTrail data event.
resource "aws_cloudtrail" "recordings_access" {
  name           = "connect-recordings-access"
  s3_bucket_name = "acme-audit-trail-eu-west-2"

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.recordings.arn}/"]
    }
  }
}
