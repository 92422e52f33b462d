resource "aws_s3_bucket" "recordings" {
  bucket = "acme-connect-recordings"
}

resource "aws_s3_bucket_policy" "recordings" {
  bucket = aws_s3_bucket.recordings.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyOutsideVpce"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["${aws_s3_bucket.recordings.arn}", "${aws_s3_bucket.recordings.arn}/*"]
        Condition = {
          StringNotEquals = { "aws:sourceVpce" = "vpce-0a1b2c3d" }
        }
      }
    ]
  })
}
