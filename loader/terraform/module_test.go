package terraform

import "testing"

func TestModules(t *testing.T) {
	t.Parallel()
	runCases(t, []loadCase{
		{
			name: "two-level local module with inputs and outputs",
			files: map[string]string{
				"main.tf": `
module "rec" {
  source = "./modules/rec"
  name   = "calls"
}
resource "aws_iam_role_policy" "reader" {
  role   = "reader"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${module.rec.bucket_arn}/*" }] })
}
resource "aws_iam_role" "reader" { name = "reader" }
`,
				"modules/rec/main.tf": `
variable "name" { type = string }
module "bucket" {
  source = "../bucket"
  name   = "${var.name}-rec"
}
output "bucket_arn" { value = module.bucket.arn }
`,
				"modules/bucket/main.tf": `
variable "name" { type = string }
resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = var.name
}
output "arn" { value = aws_s3_bucket.this[0].arn }
`,
			},
			want: []string{
				"bucket module.rec.module.bucket.aws_s3_bucket.this[0] name=calls-rec arn=arn:aws:s3:::calls-rec own=BucketOwnerEnforced acl= ver= rp=false",
				"principal role aws_iam_role.reader name=reader arn=arn:aws:iam::<current account>:role/reader uid=<aws_iam_role.reader.unique_id>",
				"  identity aws_iam_role_policy.reader#policy name= arn=",
				"    aws_iam_role_policy.reader/0 main.tf:7:38-7:124 Allow act=[s3:GetObject] nact=[] res=[arn:aws:s3:::calls-rec/*] - cond=[]",
			},
		},
		{
			name: "remote modules are not followed and their outputs are unknown",
			files: map[string]string{"main.tf": `
module "s3" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.0.0"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = module.s3.s3_bucket_id
  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "${module.s3.s3_bucket_arn}/*" }] })
}
resource "aws_s3_bucket" "b" { bucket = module.s3.s3_bucket_id }
`},
			want: []string{
				"diag note main.tf:2:13-2:50 remote module not followed",
				"bucket aws_s3_bucket.b name=<module.s3.s3_bucket_id> arn=arn:aws:s3:::<module.s3.s3_bucket_id> own=BucketOwnerEnforced acl= ver= rp=false",
				"  policy aws_s3_bucket_policy.p#policy name= arn=",
				"    aws_s3_bucket_policy.p/0 main.tf:7:38-7:134 Deny act=[s3:*] nact=[] res=[<module.s3.s3_bucket_arn>/*] pr=* cond=[]",
			},
		},
		{
			name: "two outputs of one remote module in one expression, length of an object",
			files: map[string]string{"main.tf": `
module "l" { source = "git::https://example.com/l.git" }
resource "aws_s3_bucket" "b" { bucket = "${module.l.a}-${module.l.b}-${length({ x = 1, y = 2 })}" }
`},
			want: []string{
				"diag note main.tf:1:23-1:55 remote module not followed",
				"bucket aws_s3_bucket.b name=<module.l.a>-<module.l.b>-2 arn=arn:aws:s3:::<module.l.a>-<module.l.b>-2 own=BucketOwnerEnforced acl= ver= rp=false",
			},
		},
	})
}
