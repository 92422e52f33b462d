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
	// buf and singles back entries and their one-value lists, so that a
	// typical request needs no allocation of its own for them.
	buf     [24]ctxEntry
	singles [24]string
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

// addOne adds a single-valued key without allocating its list.
func (rc *requestContext) addOne(key, value string) {
	if _, ok := rc.lookup(key); ok {
		return
	}
	n := len(rc.entries)
	if n >= len(rc.singles) {
		rc.add(key, value)
		return
	}
	rc.singles[n] = value
	rc.entries = append(rc.entries, ctxEntry{key: key, values: rc.singles[n : n+1 : n+1]})
}

// newRequestContext gathers req.Context and then the keys AWS sets itself
// (see "AWS global condition context keys" in the IAM user guide).
func (rc *requestContext) init(req *Request) {
	rc.entries = rc.buf[:0]
	for k, v := range req.Context {
		// A key the request carries is present; its values may be unknown.
		rc.entries = append(rc.entries, ctxEntry{key: k, values: v})
	}
	c := &req.Caller
	if c.Kind == KindService {
		rc.addOne("aws:PrincipalIsAWSService", "true")
		rc.addOne("aws:PrincipalServiceName", c.ARN)
	} else {
		rc.addPrincipalKeys(c)
	}
	if req.ResourceAccount != "" {
		rc.addOne("aws:ResourceAccount", req.ResourceAccount)
		if isService(req.Action, "s3") {
			rc.addOne("s3:ResourceAccount", req.ResourceAccount)
		}
	}
	if isService(req.Action, "kms") && c.Kind != KindService && c.Account != "" {
		rc.addOne("kms:CallerAccount", c.Account)
	}
}

func (rc *requestContext) addPrincipalKeys(c *Caller) {
	rc.addOne("aws:PrincipalIsAWSService", "false")
	if c.ARN != "" {
		rc.addOne("aws:PrincipalArn", c.ARN)
	}
	if c.Account != "" {
		rc.addOne("aws:PrincipalAccount", c.Account)
	}
	rc.addOne("aws:PrincipalType", principalType(c.Kind))
	switch c.Kind {
	case KindUser:
		rc.addOne("aws:userid", orUnknown(c.UserID, "aws:userid"))
		rc.addOne("aws:username", orUnknown(c.Username, lastPathPart(c.ARN)))
	case KindRoot:
		rc.addOne("aws:userid", c.Account)
	default:
		rc.addOne("aws:userid", orUnknown(c.UserID, "aws:userid"))
	}
	if c.OrgID != "" {
		rc.addOne("aws:PrincipalOrgID", c.OrgID)
	}
	if len(c.OrgPaths) > 0 {
		rc.add("aws:PrincipalOrgPaths", c.OrgPaths...)
	}
	for k, v := range c.Tags {
		rc.addOne("aws:PrincipalTag/"+k, v)
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

// isService reports whether action belongs to the service prefix svc.
func isService(action, svc string) bool {
	return len(action) > len(svc) && action[len(svc)] == ':' && strings.EqualFold(action[:len(svc)], svc)
}

func serviceOf(action string) string {
	i := strings.IndexByte(action, ':')
	if i < 0 {
		return ""
	}
	return strings.ToLower(action[:i])
}
