package model

import "reflect"

// Merge adds what other holds to e, as if other's loader had filled e
// after what e already holds: every list keeps e's items, then other's in
// order; a setting other makes replaces e's, as a later assignment would;
// other's located names win over e's. The two then share parts: other is
// not to be used afterwards.
func (e *Env) Merge(other *Env) {
	if other == nil {
		return
	}
	e.Organization = mergeOrganization(e.Organization, other.Organization)
	e.Principals = concat(e.Principals, other.Principals)
	e.Buckets = concat(e.Buckets, other.Buckets)
	e.Keys = concat(e.Keys, other.Keys)
	e.OrgPolicies = concat(e.OrgPolicies, other.OrgPolicies)
	e.VPCEndpoints = concat(e.VPCEndpoints, other.VPCEndpoints)
	e.ConnectInstances = concat(e.ConnectInstances, other.ConnectInstances)
	e.Trails = concat(e.Trails, other.Trails)
	if other.AccountPublicAccessBlock != nil {
		e.AccountPublicAccessBlock = other.AccountPublicAccessBlock
	}
	e.Expectations = concat(e.Expectations, other.Expectations)
	if other.AccessPaths != nil {
		e.AccessPaths = other.AccessPaths
	}
	e.Ignores = concat(e.Ignores, other.Ignores)
	if other.Sources != nil {
		if e.Sources == nil {
			e.Sources = NewSources()
		}
		e.Sources.Merge(other.Sources)
	}
}

// mergeOrganization keeps one organisation: the first declared names it
// (loaders declare one only when the estate has none yet), and the units
// and accounts of both are its members.
func mergeOrganization(o, other *Organization) *Organization {
	switch {
	case o == nil:
		return other
	case other == nil:
		return o
	}
	o.Units = concat(o.Units, other.Units)
	o.Accounts = concat(o.Accounts, other.Accounts)
	return o
}

// concat appends b to a. An empty but present b stays present, so that
// the JSON form (null or []) is what appending in place would give.
func concat[T any](a, b []T) []T {
	if a == nil {
		return b
	}
	return append(a, b...)
}

// Merge copies other's entries into s; other's win where both have one.
func (s *Sources) Merge(other *Sources) {
	for k, r := range other.ranges {
		s.ranges[k] = r
	}
	for k, c := range other.callers {
		s.callers[k] = c
	}
	for k, n := range other.notes {
		s.notes[k] = n
	}
	for k, t := range other.trees {
		s.SetTree(k, t.path, t.tree)
	}
}

// Equal reports whether two tables hold the same entries, so that tests
// (and go-cmp, which calls it) can compare two loads of one estate.
func (s *Sources) Equal(other *Sources) bool {
	if s == nil || other == nil {
		return s == other
	}
	return reflect.DeepEqual(s.ranges, other.ranges) && reflect.DeepEqual(s.callers, other.callers) &&
		reflect.DeepEqual(s.notes, other.notes) && len(s.trees) == len(other.trees) &&
		(len(s.trees) == 0 || reflect.DeepEqual(s.trees, other.trees))
}
