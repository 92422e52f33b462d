package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// dataComputers give data sources the values the provider would read,
// as far as the configuration decides them; the rest stays unknown.
var dataComputers = map[string]func(*computer){
	"aws_caller_identity": func(c *computer) {
		c.set("account_id", c.account())
		c.set("id", c.account())
		c.set("arn", c.tok("arn"))
		c.set("user_id", c.tok("user_id"))
	},
	"aws_partition": func(c *computer) {
		p := c.inst.partition
		c.set("partition", p)
		c.set("id", p)
		suffix := "amazonaws.com"
		if p == "aws-cn" {
			suffix = "amazonaws.com.cn"
		}
		c.set("dns_suffix", suffix)
		c.set("reverse_dns_prefix", "com.amazonaws")
	},
	"aws_region": func(c *computer) {
		r := c.str("name")
		if r == "" {
			r = c.str("region")
		}
		if r == "" {
			r = c.inst.region
		}
		c.set("name", r)
		c.set("region", r)
		c.set("id", r)
		c.def("endpoint", "ec2."+r+".amazonaws.com")
	},
	"aws_iam_role": func(c *computer) {
		name := c.str("name")
		c.set("id", name)
		c.set("arn", iam.Unknown("arn of IAM role "+name))
		c.set("unique_id", iam.Unknown("unique id of IAM role "+name))
		c.def("path", c.tok("path"))
		c.def("assume_role_policy", c.tok("assume_role_policy"))
	},
	"aws_iam_policy": func(c *computer) {
		if arn := c.str("arn"); arn != "" {
			c.set("id", arn)
			c.def("name", c.tok("name"))
		} else {
			name := c.str("name")
			c.set("arn", iam.Unknown("arn of IAM policy "+name))
			c.set("id", iam.Unknown("arn of IAM policy "+name))
		}
		c.def("policy", c.tok("policy"))
	},
	"aws_s3_bucket": func(c *computer) {
		name := c.str("bucket")
		c.set("id", name)
		c.set("arn", "arn:"+c.inst.partition+":s3:::"+name)
		c.def("region", c.tok("region"))
	},
	"aws_kms_key": func(c *computer) {
		c.set("id", c.tok("id"))
		c.set("arn", c.tok("arn"))
	},
	"aws_kms_alias": func(c *computer) {
		c.set("id", c.str("name"))
		c.set("arn", c.arnPrefix("kms", true)+c.str("name"))
		c.set("target_key_id", c.tok("target_key_id"))
		c.set("target_key_arn", c.tok("target_key_arn"))
	},
	"aws_iam_policy_document": func(c *computer) {
		doc := renderPolicyDocument(c)
		ev := c.inst.res.mod.ev
		c.inst.doc = doc
		text := nodeJSON(doc, true)
		mini := nodeJSON(doc, false)
		ev.setProv(text, func() *source.Node { return doc })
		ev.setProv(mini, func() *source.Node { return doc })
		c.set("json", text)
		c.set("minified_json", mini)
		c.set("id", c.tok("id"))
	},
}
