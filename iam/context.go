package iam

import (
	"strings"
)

// ctxEntry is one key of the request context as the engine sees it.
type ctxEntry struct {
	key    string
	values []string
}

// requestContext is the request context with the keys AWS derives from the
// caller and the resource added where the request does not set them. Keys
// compare without regard to case.
type requestContext struct {
	entries []ctxEntry
}

func (rc *requestContext) lookup(key string) (ctxEntry, bool) {
	for _, e := range rc.entries {
		if strings.EqualFold(e.key, key) {
			return e, true
		}
	}
	return ctxEntry{}, false
}

func (rc *requestContext) add(key string, values ...string) {
	if _, ok := rc.lookup(key); ok {
		return
	}
	rc.entries = append(rc.entries, ctxEntry{key: key, values: values})
}

// newRequestContext gathers req.Context and then the keys AWS sets itself
// (see "AWS global condition context keys" in the IAM user guide).
func newRequestContext(req *Request) requestContext {
	rc := requestContext{entries: make([]ctxEntry, 0, len(req.Context)+16)}
	for k, v := range req.Context {
		// A key the request carries is present; its values may be unknown.
		rc.entries = append(rc.entries, ctxEntry{key: k, values: v})
	}
	c := &req.Caller
	if c.Kind == KindService {
		rc.add("aws:PrincipalIsAWSService", "true")
		rc.add("aws:PrincipalServiceName", c.ARN)
	} else {
		rc.addPrincipalKeys(c)
	}
	if req.ResourceAccount != "" {
		rc.add("aws:ResourceAccount", req.ResourceAccount)
		if serviceOf(req.Action) == "s3" {
			rc.add("s3:ResourceAccount", req.ResourceAccount)
		}
	}
	if serviceOf(req.Action) == "kms" && c.Kind != KindService && c.Account != "" {
		rc.add("kms:CallerAccount", c.Account)
	}
	return rc
}

func (rc *requestContext) addPrincipalKeys(c *Caller) {
	rc.add("aws:PrincipalIsAWSService", "false")
	if c.ARN != "" {
		rc.add("aws:PrincipalArn", c.ARN)
	}
	if c.Account != "" {
		rc.add("aws:PrincipalAccount", c.Account)
	}
	rc.add("aws:PrincipalType", principalType(c.Kind))
	switch c.Kind {
	case KindUser:
		rc.add("aws:userid", orUnknown(c.UserID, "aws:userid"))
		rc.add("aws:username", orUnknown(c.Username, lastPathPart(c.ARN)))
	case KindRoot:
		rc.add("aws:userid", c.Account)
	default:
		rc.add("aws:userid", orUnknown(c.UserID, "aws:userid"))
	}
	if c.OrgID != "" {
		rc.add("aws:PrincipalOrgID", c.OrgID)
	}
	if len(c.OrgPaths) > 0 {
		rc.add("aws:PrincipalOrgPaths", c.OrgPaths...)
	}
	for k, v := range c.Tags {
		rc.add("aws:PrincipalTag/"+k, v)
	}
}

func principalType(k PrincipalKind) string {
	switch k {
	case KindUser:
		return "User"
	case KindRoot:
		return "Account"
	}
	return "AssumedRole"
}

// orUnknown keeps a known value and otherwise names what is missing; a
// string that is not a token name (a user name read from an ARN) is
// returned as it is.
func orUnknown(v, fallback string) string {
	if v != "" {
		return v
	}
	if strings.HasPrefix(fallback, "aws:") {
		return Unknown(fallback)
	}
	return fallback
}

func lastPathPart(arn string) string {
	i := strings.LastIndexByte(arn, '/')
	if i < 0 {
		return Unknown("aws:username")
	}
	return arn[i+1:]
}

func serviceOf(action string) string {
	i := strings.IndexByte(action, ':')
	if i < 0 {
		return ""
	}
	return strings.ToLower(action[:i])
}
