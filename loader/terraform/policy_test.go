package terraform

import "testing"

func TestPolicyRanges(t *testing.T) {
	t.Parallel()
	runCases(t, []loadCase{
		{
			name: "jsonencode statements keep their object ranges",
			files: map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "recordings"
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyHTTP"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["${aws_s3_bucket.b.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = ["s3:GetObject"], Resource = "*" },
    ]
  })
}
`},
			want: []string{
				"bucket aws_s3_bucket.b name=recordings arn=arn:aws:s3:::recordings own=BucketOwnerEnforced acl= ver= rp=false",
				"  policy aws_s3_bucket_policy.b#policy name= arn=",
				"    aws_s3_bucket_policy.b/DenyHTTP main.tf:9:7-16:8 Deny act=[s3:*] nact=[] res=[arn:aws:s3:::recordings/*] pr=* cond=[{Bool aws:SecureTransport [false]}]",
				"    aws_s3_bucket_policy.b/1 main.tf:17:7-17:126 Allow act=[s3:GetObject] nact=[] res=[*] pr=arn:aws:iam::111122223333:root cond=[]",
			},
		},
		{
			name: "heredoc statements point inside the heredoc",
			files: map[string]string{"main.tf": `
variable "name" {}
resource "aws_iam_role" "r" {
  name               = "reader"
  assume_role_policy = <<-EOT
    {
      "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
      ]
    }
  EOT
}
resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.r.id
  policy = <<EOT
{
  "Statement": [
    {
      "Effect": "Allow", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::${var.name}/*"
    },
    {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}
  ]
}
EOT
}
`},
			want: []string{
				"principal role aws_iam_role.r name=reader arn=arn:aws:iam::<current account>:role/reader uid=<aws_iam_role.r.unique_id>",
				"  trust aws_iam_role.r#assume_role_policy name= arn=",
				"    aws_iam_role.r#assume_role_policy/0 main.tf:7:9-7:103 Allow act=[sts:AssumeRole] nact=[] res=[] pr=ec2.amazonaws.com cond=[]",
				"  identity aws_iam_role_policy.p#policy name= arn=",
				"    aws_iam_role_policy.p/0 main.tf:17:5-20:6 Allow act=[s3:GetObject] nact=[] res=[arn:aws:s3:::<var.name>/*] - cond=[]",
				"    aws_iam_role_policy.p/1 main.tf:21:5-21:69 Deny act=[s3:DeleteObject] nact=[] res=[*] - cond=[]",
			},
		},
	})
}
