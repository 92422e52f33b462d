package terraform

import (
	"fmt"
	"strings"
	"testing"
)

// TestLimits: input that would exhaust the stack, memory or time is a
// located diagnostic for its file, and the other files still load.
func TestLimits(t *testing.T) {
	t.Parallel()
	ok := `resource "aws_s3_bucket" "ok" { bucket = "ok" }` + "\n"
	okFact := "bucket aws_s3_bucket.ok name=ok arn=arn:aws:s3:::ok own=BucketOwnerEnforced acl= ver= rp=false"
	// bucketB is named by what the limits made unknown.
	bucketB := "bucket aws_s3_bucket.b name=<aws_s3_bucket.b.bucket> arn=arn:aws:s3:::<aws_s3_bucket.b.bucket> own=BucketOwnerEnforced acl= ver= rp=false"
	runCases(t, []loadCase{
		{
			name: "nested brackets",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n}\n"},
			want: []string{"diag error deep.tf:2:506-2:507 expression nested too deeply", okFact},
		},
		{
			name: "operator chain over lines",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = (1" + strings.Repeat("\n+ 1", 100000) + ")\n}\n"},
			want: []string{"diag error deep.tf:501:1-501:2 expression nested too deeply", okFact},
		},
		{
			name: "nested interpolations in a heredoc",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = <<EOT\n" + strings.Repeat("${(", 1000) + "1" + strings.Repeat(")}", 1000) + "\nEOT\n}\n"},
			want: []string{"diag error deep.tf:3:749-3:750 expression nested too deeply", okFact},
		},
		{
			name: "nested JSON configuration",
			files: map[string]string{"ok.tf": ok,
				"deep.tf.json": `{"locals": {"x": ` + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + "}}"},
			want: []string{"diag error deep.tf.json:1:217-1:217 JSON nested deeper than 200 levels", okFact},
		},
		{
			name: "nested template in a JSON configuration",
			files: map[string]string{"ok.tf": ok,
				"deep.tf.json": `{"locals": {"x": "${` + strings.Repeat("(", 1000) + "1" + strings.Repeat(")", 1000) + `}"}}`},
			want: []string{"diag error deep.tf.json:1:18-1:2024 expression nested too deeply", okFact},
		},
		{
			name:  "ordinary nesting is fine",
			files: map[string]string{"ok.tf": ok + "locals {\n  x = [for a in [[1, 2]] : { for b in a : b => (b + 1) * 2 - -1 if !(b > 3 && b < 9 || b == 0) }]\n}\n"},
			want:  []string{okFact},
		},
		{
			name: "count and for_each past the instance limit",
			files: map[string]string{"main.tf": ok + `
resource "aws_s3_bucket" "many" {
  count  = 50000
  bucket = "b${count.index}"
}
resource "aws_iam_role" "lots" {
  for_each = { for p in setproduct(range(1024), range(20)) : "r${p[0]}-${p[1]}" => p }
  name     = each.key
}
`},
			want: []string{
				"diag warning main.tf:4:12-4:17 too many instances",
				"diag warning main.tf:8:14-8:87 too many instances",
				okFact,
				"bucket aws_s3_bucket.many name=<aws_s3_bucket.many.bucket> arn=arn:aws:s3:::<aws_s3_bucket.many.bucket> own=BucketOwnerEnforced acl= ver= rp=false conditional",
				"principal role aws_iam_role.lots name=<aws_iam_role.lots.name> arn=arn:aws:iam::<current account>:role/<aws_iam_role.lots.name> uid=<aws_iam_role.lots.unique_id> conditional",
			},
		},
		{
			name: "text produced by functions",
			files: map[string]string{"main.tf": ok + `
locals {
  joined  = join(",", [for a in range(1024) : join("", [for b in range(200) : "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])])
  wide    = format("%999999999d", 1)
  many    = formatlist("%0100000d", range(1000))
  grown   = replace(join("", [for a in range(1000) : "aaaa"]), "a", join("", [for a in range(1000) : "bbbb"]))
  product = setproduct(range(1024), range(1024), range(1024))
}
resource "aws_s3_bucket" "b" {
  bucket = "${local.joined}${local.wide}${length(local.many)}${local.grown}${length(local.product)}"
}
`},
			want: []string{
				"diag warning main.tf:4:13-4:18 Error in function call",
				"diag warning main.tf:5:13-5:20 Error in function call",
				"diag warning main.tf:6:13-6:24 Error in function call",
				"diag warning main.tf:7:13-7:21 Error in function call",
				"diag warning main.tf:8:13-8:24 Error in function call",
				okFact, bucketB,
			},
		},
		{
			name: "for expressions past the iteration budget",
			files: map[string]string{"main.tf": ok + `
locals {
  cube = length([for a in range(1024) : [for b in range(1024) : [for c in range(1024) : c]]])
}
resource "aws_s3_bucket" "b" { bucket = "n${local.cube}" }
`},
			want: []string{
				"diag warning main.tf:4:75-4:86 Error in function call",
				"diag warning main.tf:4:51-4:57 Error in function call",
				okFact, bucketB,
			},
		},
		{
			name: "values doubled until too large",
			files: map[string]string{"main.tf": ok + doubling(22) +
				`resource "aws_s3_bucket" "b" { bucket = "${local.l21}${length(local.t21)}" }` + "\n"},
			want: []string{
				"diag warning main.tf:41:9-41:35 value too large",
				"diag warning main.tf:42:9-42:31 value too large",
				okFact, bucketB,
			},
		},
		{
			name: "a large value named many times",
			files: map[string]string{"main.tf": ok + doubling(18) + `locals {
  many = "${local.l17}${local.l17}${local.l17}${local.l17}${local.l17}"
}
resource "aws_s3_bucket" "b" { bucket = local.many }
`},
			want: []string{"diag warning main.tf:41:10-41:72 expression too large", okFact, bucketB},
		},
		{
			name:  "a chain of locals longer than the evaluation depth",
			files: map[string]string{"main.tf": ok + chain(1500) + `resource "aws_s3_bucket" "b" { bucket = local.l1499 }` + "\n"},
			want:  []string{"diag warning main.tf:503:10-503:20 references nested too deeply", okFact, bucketB},
		},
		{
			name: "jsondecode of deeply nested text",
			files: map[string]string{"main.tf": ok + `locals {
  x = jsondecode("` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `")
}
resource "aws_s3_bucket" "b" { bucket = "${length(local.x)}" }
`},
			want: []string{"diag warning main.tf:3:7-3:18 Error in function call", okFact, bucketB},
		},
		{
			name: "instances past the root's budget",
			files: map[string]string{"main.tf": ok + `
module "m" {
  source   = "./m"
  for_each = toset([for i in range(60) : "m${i}"])
}
`, "m/main.tf": `
resource "terraform_data" "d" {
  count = 1000
  input = "d${count.index}"
}
`},
			want: []string{"diag warning m/main.tf:2:11-2:15 too many instances", okFact},
		},
		{
			name: "dynamic blocks past the root's budget",
			files: map[string]string{"main.tf": ok + `
resource "terraform_data" "x" {
  dynamic "a" {
    for_each = range(1000)
    content {
      dynamic "b" {
        for_each = range(60)
        content {
          v = 1
        }
      }
    }
  }
}
`},
			want: []string{"diag warning main.tf:8:20-8:29 too many instances", okFact},
		},
		{
			name:  "fifty levels of modules",
			files: nestedModules(50),
			want: []string{
				"diag error m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/m/main.tf:1:1-1:11 modules nested too deeply",
				"bucket aws_s3_bucket.top name=top arn=arn:aws:s3:::top own=BucketOwnerEnforced acl= ver= rp=false",
			},
		},
		{
			name:  "module calling itself",
			files: map[string]string{"main.tf": `module "self" { source = "./" }` + "\n" + ok},
			want:  []string{"diag error main.tf:1:1-1:14 module cycle", okFact},
		},
	})
}

// nestedModules is a root that calls m, which calls m/m, and so on n deep.
func nestedModules(n int) map[string]string {
	files := map[string]string{"main.tf": `module "m" { source = "./m" }` + "\n" + `resource "aws_s3_bucket" "top" { bucket = "top" }` + "\n"}
	dir := ""
	for i := range n {
		dir += "m/"
		call := ""
		if i < n-1 {
			call = `module "m" { source = "./m" }` + "\n"
		}
		files[dir+"main.tf"] = call + `variable "x" { default = 1 }` + "\n"
	}
	return files
}

// doubling is a locals block whose string l<i> and tuple t<i> each hold
// twice the previous one, n times over.
func doubling(n int) string {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = \"xxxxxxxxxxxxxxxx\"\n  t0 = [\"x\"]\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "  l%d = \"${local.l%d}${local.l%d}\"\n  t%d = [local.t%d, local.t%d]\n", i, i-1, i-1, i, i-1, i-1)
	}
	b.WriteString("}\n")
	return b.String()
}

// chain is a locals block of n locals, each naming the one before.
func chain(n int) string {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = \"x\"\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "  l%d = local.l%d\n", i, i-1)
	}
	b.WriteString("}\n")
	return b.String()
}
