package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/zclconf/go-cty/cty"
)

// computeAttrs adds the attributes the provider would compute from the
// configuration. What the provider decides at apply time (ids, unique
// ids) is unknown, named after the instance so that references agree.
func computeAttrs(inst *instance) {
	c := &computer{inst: inst, a: inst.attrs}
	if inst.res.cfg.data {
		if f := dataComputers[inst.res.cfg.typ]; f != nil {
			f(c)
		}
		return
	}
	if f := resourceComputers[inst.res.cfg.typ]; f != nil {
		f(c)
	}
	// References such as aws_x.y[each.key].arn reach the attribute
	// through an index the traversal does not show, so the usual
	// computed attributes exist on every resource.
	c.def("id", c.tok("id"))
	c.def("arn", c.tok("arn"))
}

type computer struct {
	inst *instance
	a    map[string]cty.Value
}

func (c *computer) tok(attr string) string { return iam.Unknown(c.inst.addr + "." + attr) }

// str returns a configured string attribute; unknown values become a
// token, absent ones "".
func (c *computer) str(attr string) string {
	v, ok := c.a[attr]
	if !ok || v.IsNull() {
		return ""
	}
	if !v.IsKnown() || v.Type() != cty.String {
		return c.tok(attr)
	}
	return v.AsString()
}

// def sets attr unless the configuration already gives it.
func (c *computer) def(attr, value string) {
	if v, ok := c.a[attr]; ok && !v.IsNull() {
		return
	}
	c.a[attr] = cty.StringVal(value)
}

func (c *computer) set(attr, value string) { c.a[attr] = cty.StringVal(value) }

func (c *computer) account() string {
	if c.inst.account != "" {
		return c.inst.account
	}
	return iam.CurrentAccount
}

// named returns the name of a resource with name/name_prefix arguments.
func (c *computer) named(attr, prefixAttr string) string {
	if n := c.str(attr); n != "" {
		return n
	}
	if p := c.str(prefixAttr); p != "" {
		return p + c.tok(attr+"_suffix")
	}
	return c.tok(attr)
}

func (c *computer) iamPath() string {
	if p := c.str("path"); p != "" {
		return p
	}
	return "/"
}

func (c *computer) arnPrefix(service string, regional bool) string {
	region := ""
	if regional {
		region = c.inst.region
	}
	return "arn:" + c.inst.partition + ":" + service + ":" + region + ":" + c.account() + ":"
}

var resourceComputers = map[string]func(*computer){
	"aws_s3_bucket": func(c *computer) {
		name := c.named("bucket", "bucket_prefix")
		c.set("bucket", name)
		c.set("id", name)
		c.set("arn", "arn:"+c.inst.partition+":s3:::"+name)
		c.def("bucket_domain_name", name+".s3.amazonaws.com")
		c.def("bucket_regional_domain_name", name+".s3."+c.inst.region+".amazonaws.com")
		c.def("region", c.inst.region)
	},
	"aws_iam_role":  principalComputer("role"),
	"aws_iam_user":  principalComputer("user"),
	"aws_iam_group": principalComputer("group"),
	"aws_iam_policy": func(c *computer) {
		name := c.named("name", "name_prefix")
		c.set("name", name)
		arn := c.arnPrefix("iam", false) + "policy" + c.iamPath() + name
		c.set("arn", arn)
		c.set("id", arn)
		c.def("policy_id", c.tok("policy_id"))
	},
	"aws_kms_key": func(c *computer) {
		id := c.tok("key_id")
		c.set("key_id", id)
		c.set("id", id)
		c.set("arn", c.arnPrefix("kms", true)+"key/"+id)
	},
	"aws_kms_replica_key": func(c *computer) {
		id := c.tok("key_id")
		c.set("key_id", id)
		c.set("id", id)
		c.set("arn", c.arnPrefix("kms", true)+"key/"+id)
	},
	"aws_kms_alias": func(c *computer) {
		name := c.named("name", "name_prefix")
		c.set("name", name)
		c.set("id", name)
		c.set("arn", c.arnPrefix("kms", true)+name)
		c.def("target_key_arn", c.tok("target_key_arn"))
	},
	"aws_connect_instance": func(c *computer) {
		id := c.tok("id")
		c.set("id", id)
		c.set("arn", c.arnPrefix("connect", true)+"instance/"+id)
		c.def("service_role", c.arnPrefix("iam", false)+"role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_"+c.tok("service_role_suffix"))
	},
	"aws_iam_service_linked_role": func(c *computer) {
		svc := c.str("aws_service_name")
		name := c.tok("name")
		c.set("name", name)
		c.set("arn", c.arnPrefix("iam", false)+"role/aws-service-role/"+svc+"/"+name)
		c.def("unique_id", c.tok("unique_id"))
		c.def("path", "/aws-service-role/"+svc+"/")
	},
	"aws_s3_bucket_policy": func(c *computer) { c.def("id", c.str("bucket")) },
	"aws_organizations_organization": func(c *computer) {
		id := c.tok("id")
		c.set("id", id)
		c.set("arn", "arn:"+c.inst.partition+":organizations::"+c.tok("master_account_id")+":organization/"+id)
		c.def("master_account_id", c.account())
		root := cty.ObjectVal(map[string]cty.Value{
			"id": cty.StringVal(c.tok("roots[0].id")), "arn": cty.StringVal(c.tok("roots[0].arn")),
			"name": cty.StringVal("Root"), "policy_types": cty.DynamicVal,
		})
		c.a["roots"] = cty.TupleVal([]cty.Value{root})
	},
	"aws_organizations_organizational_unit": func(c *computer) {
		c.set("id", "ou-"+c.tok("id"))
		c.def("arn", c.tok("arn"))
	},
	"aws_organizations_account": func(c *computer) {
		c.set("id", c.tok("id"))
		c.def("arn", c.tok("arn"))
	},
	"aws_organizations_policy": func(c *computer) {
		c.set("id", "p-"+c.tok("id"))
		c.def("arn", c.tok("arn"))
	},
}

// principalComputer fills the ARN of a role, user or group.
func principalComputer(kind string) func(*computer) {
	return func(c *computer) {
		name := c.named("name", "name_prefix")
		c.set("name", name)
		c.set("id", name)
		c.set("arn", c.arnPrefix("iam", false)+kind+c.iamPath()+name)
		if kind != "group" {
			c.def("unique_id", c.tok("unique_id"))
		} else {
			c.def("group_id", c.tok("unique_id"))
		}
	}
}
