package terraform

import "testing"

func TestPolicyDocuments(t *testing.T) {
	t.Parallel()
	runCases(t, []loadCase{
		{
			name: "aws_iam_policy_document with source and override documents",
			files: map[string]string{"main.tf": `
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["*"]
  }
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "override" {
  statement {
    sid       = "Write"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::locked/*"]
  }
}
data "aws_iam_policy_document" "final" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = [data.aws_iam_policy_document.override.json]
  dynamic "statement" {
    for_each = toset(["kms:Decrypt"])
    content {
      actions   = [statement.value]
      resources = ["*"]
      principals {
        type        = "AWS"
        identifiers = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"]
      }
      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.eu-west-2.amazonaws.com"]
      }
    }
  }
}
resource "aws_kms_key" "k" { policy = data.aws_iam_policy_document.final.json }
`},
			want: []string{
				"key aws_kms_key.k arn=arn:aws:kms:<region>:<current account>:key/<aws_kms_key.k.key_id> aliases=[] rotation=false",
				"  policy aws_kms_key.k#policy name= arn=",
				"    aws_kms_key.k/Read main.tf:2:3-6:4 Allow act=[s3:ListBucket s3:GetObject] nact=[] res=[*] - cond=[]",
				"    aws_kms_key.k/Write main.tf:14:3-19:4 Deny act=[s3:PutObject] nact=[] res=[arn:aws:s3:::locked/*] - cond=[]",
				"    aws_kms_key.k/2 main.tf:26:5-38:6 Allow act=[kms:Decrypt] nact=[] res=[*] pr=arn:aws:iam::111122223333:root,arn:aws:iam::444455556666:root cond=[{StringEquals kms:ViaService [s3.eu-west-2.amazonaws.com]}]",
			},
		},
		{
			name: "templatefile of a JSON policy points into the template",
			files: map[string]string{
				"main.tf": `
resource "aws_iam_policy" "p" {
  name   = "reader"
  policy = templatefile("${path.module}/policy.json.tpl", { bucket = "rec", actions = ["s3:GetObject"] })
}
resource "aws_iam_user" "u" { name = "u" }
resource "aws_iam_user_policy_attachment" "a" {
  user       = aws_iam_user.u.name
  policy_arn = aws_iam_policy.p.arn
}
`,
				"policy.json.tpl": `
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ${jsonencode(actions)},
      "Resource": "arn:aws:s3:::${bucket}/*"
    }
  ]
}
`,
			},
			want: []string{
				"principal user aws_iam_user.u name=u arn=arn:aws:iam::<current account>:user/u uid=<aws_iam_user.u.unique_id>",
				"  identity aws_iam_policy.p#policy name=reader arn=arn:aws:iam::<current account>:policy/reader",
				"    aws_iam_policy.p/0 policy.json.tpl:4:5-8:6 Allow act=[s3:GetObject] nact=[] res=[arn:aws:s3:::rec/*] - cond=[]",
			},
		},
	})
}
