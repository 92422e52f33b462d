package gen

import (
	"fmt"
	"strings"
)

// tfFiles lays out a Terraform monorepo of n files: the organisation root,
// a local module, and one root module of five files per workload. Files
// left over when n is not a multiple of five become extra files of the
// first workloads.
func tfFiles(p *plan, n int) map[string]string {
	files := tfOrganization(p)
	for k, v := range tfModule() {
		files[k] = v
	}
	for _, w := range p.workloads {
		for k, v := range tfWorkload(p, w) {
			files[k] = v
		}
	}
	for i := 0; len(files) < n; i++ {
		w := p.workloads[i%len(p.workloads)]
		files[fmt.Sprintf("workloads/%s/tags%d.tf", w.name, i/len(p.workloads))] = tfTags(w, i)
	}
	return files
}

// tfWorkloadCount is how many workloads fill n files.
func tfWorkloadCount(n int) int { return max(1, (n-5)/5) }

func tfWorkload(p *plan, w workload) map[string]string {
	dir := "workloads/" + w.name + "/"
	r := w.replacer(p)
	return map[string]string{
		dir + "main.tf":    r.Replace(tfMain),
		dir + "kms.tf":     r.Replace(tfKMS(w)),
		dir + "storage.tf": r.Replace(tfStorage(w)),
		dir + "roles.tf":   r.Replace(tfRoles(w)),
		dir + "connect.tf": r.Replace(tfConnect(w)),
	}
}

// replacer fills the templates' {{...}} placeholders for w.
func (w workload) replacer(p *plan) *strings.Replacer {
	return strings.NewReplacer(
		"{{W}}", w.name,
		"{{REGION}}", w.region,
		"{{ACCOUNT}}", p.org.accounts[w.account].id,
		"{{READERS}}", quoteList(w.readers),
		"{{ARCHIVES}}", quoteList(w.archives),
	)
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

const tfMain = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "{{REGION}}"
  assume_role {
    role_arn = "arn:aws:iam::{{ACCOUNT}}:role/platform-deployer"
  }
}

data "aws_caller_identity" "current" {}

variable "instance_alias" {
  type    = string
  default = "{{W}}"
}

locals {
  account_id     = data.aws_caller_identity.current.account_id
  bucket_name    = "acme-{{W}}-recordings-{{REGION}}"
  recording_path = "connect/${var.instance_alias}/CallRecordings"
  readers        = toset({{READERS}})
}
`

func tfTags(w workload, i int) string {
	return fmt.Sprintf(`locals {
  tags_%d = {
    workload    = %q
    cost_centre = "cc-%04d"
    managed_by  = "terraform"
  }
}
`, i, w.name, w.index)
}
