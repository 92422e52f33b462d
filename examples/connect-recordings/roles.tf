data "aws_iam_policy_document" "assume_from_sso" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.account_id}:root"]
    }
  }
}

# Administrators review recordings for compliance audits.
resource "aws_iam_role" "contact_centre_admin" {
  name               = "contact-centre-admin"
  assume_role_policy = data.aws_iam_policy_document.assume_from_sso.json
}

resource "aws_iam_role_policy" "admin_recordings" {
  name = "read-recordings"
  role = aws_iam_role.contact_centre_admin.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ListRecordings"
        Effect   = "Allow"
        Action   = ["s3:ListBucket", "s3:GetBucketLocation"]
        Resource = aws_s3_bucket.recordings.arn
      },
      {
        Sid      = "ReadRecordings"
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "${aws_s3_bucket.recordings.arn}/*"
      },
      {
        Sid      = "DecryptRecordings"
        Effect   = "Allow"
        Action   = ["kms:Decrypt"]
        Resource = aws_kms_key.recordings.arn
      },
    ]
  })
}

# Supervisors download recordings of their queues for coaching.
resource "aws_iam_role" "supervisor" {
  name               = "contact-centre-supervisor"
  assume_role_policy = data.aws_iam_policy_document.assume_from_sso.json
}

resource "aws_iam_role_policy" "supervisor_recordings" {
  name = "read-call-recordings"
  role = aws_iam_role.supervisor.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadCallRecordings"
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "${aws_s3_bucket.recordings.arn}/${local.recording_path}/*"
      },
      {
        Sid      = "DecryptCallRecordings"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = aws_kms_key.recordings.arn
      },
    ]
  })
}
