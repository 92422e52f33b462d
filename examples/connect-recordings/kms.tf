resource "aws_kms_key" "recordings" {
  description         = "Amazon Connect call recordings"
  enable_key_rotation = true

  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "KeyAdministration",
          "Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::${local.account_id}:role/platform-deployer"},
          "Action": "kms:*",
          "Resource": "*"
        },
        {
          "Sid": "SupervisorsDecrypt",
          "Effect": "Allow",
          "Principal": {"AWS": "${aws_iam_role.supervisor.arn}"},
          "Action": ["kms:Decrypt", "kms:DescribeKey"],
          "Resource": "*"
        }
      ]
    }
  POLICY
}

resource "aws_kms_alias" "recordings" {
  name          = "alias/connect-recordings"
  target_key_id = aws_kms_key.recordings.key_id
}
