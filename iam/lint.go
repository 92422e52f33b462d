package iam

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/iam/catalog"
	"github.com/denylint/denylint/source"
)

// Problem is a policy_syntax problem in one statement.
type Problem struct {
	StatementID string `json:"statement_id"`
	// Code classifies the problem: malformed_arn, unknown_action or
	// resource_type_mismatch.
	Code    string       `json:"code"`
	Summary string       `json:"summary"`
	Range   source.Range `json:"-"`
}

// Problem codes.
const (
	ProblemMalformedARN  = "malformed_arn"
	ProblemUnknownAction = "unknown_action"
	ProblemResourceType  = "resource_type_mismatch"
)

// Lint reports what AWS would reject or what can never take effect in a
// policy: malformed ARNs, unknown actions, and actions whose resource
// types can never match the statement's resources. Values holding unknown
// tokens are checked only where their known parts already decide.
func Lint(p *Policy) []Problem {
	if p == nil {
		return nil
	}
	var out []Problem
	for i := range p.Statements {
		s := &p.Statements[i]
		add := func(code, msg string) {
			out = append(out, Problem{StatementID: s.ID, Code: code, Summary: msg, Range: s.Range})
		}
		for _, r := range append(append([]string{}, s.Resources...), s.NotResources...) {
			if msg := arnProblem(r); msg != "" {
				add(ProblemMalformedARN, msg)
			}
		}
		for _, a := range append(append([]string{}, s.Actions...), s.NotActions...) {
			if msg := actionProblem(a); msg != "" {
				add(ProblemUnknownAction, msg)
			}
		}
		for _, msg := range resourceTypeProblems(s) {
			add(ProblemResourceType, msg)
		}
	}
	return out
}

// arnProblem checks a Resource value: "*" or an ARN with six parts and no
// whitespace ("IAM identifiers: ARNs", IAM user guide).
func arnProblem(r string) string {
	if r == "*" || !IsKnown(r) && !strings.HasPrefix(r, "arn:") {
		return ""
	}
	// Unknown tokens carry names with spaces and colons of their own;
	// only the written parts are checked.
	skeleton := knownSkeleton(r)
	if strings.ContainsAny(skeleton, " \t\r\n") {
		return fmt.Sprintf("resource %q contains whitespace", Display(r))
	}
	if _, ok := ParseARN(skeleton); !ok {
		return fmt.Sprintf("resource %q is not an ARN (arn:partition:service:region:account:resource)", Display(r))
	}
	return ""
}

// actionProblem checks that an action (pattern) names something the
// catalog knows, for the services it covers.
func actionProblem(a string) string {
	if a == "*" || !IsKnown(a) {
		return ""
	}
	svc, name, ok := strings.Cut(a, ":")
	if !ok || svc == "" || name == "" {
		return fmt.Sprintf("action %q is not of the form service:action", a)
	}
	if !catalog.Load().Covers(svc) {
		return ""
	}
	if hasGlob(a) {
		if !patternMatchesAny(a) {
			return fmt.Sprintf("action pattern %q matches no %s action", a, svc)
		}
		return ""
	}
	if _, ok := catalog.Load().Action(a); !ok {
		return fmt.Sprintf("unknown action %q", a)
	}
	return ""
}

// resourceTypeProblems finds actions written without wildcards whose
// resource types match none of the statement's resources, such as
// s3:ListBucket on an object ARN: such a statement never applies to that
// action.
func resourceTypeProblems(s *Statement) []string {
	if len(s.Resources) == 0 {
		return nil
	}
	var out []string
	for _, a := range s.Actions {
		act, ok := catalog.Load().Action(a)
		if !ok || hasGlob(a) {
			continue
		}
		if len(act.ResourceTypes) == 0 {
			// Such an action is authorized against Resource "*" alone.
			if !anyResourceIsStar(s.Resources) {
				out = append(out, fmt.Sprintf("action %s does not support resource-level permissions and applies only with Resource \"*\"", act.Name))
			}
			continue
		}
		if !anyResourceFits(act, s.Resources) {
			out = append(out, fmt.Sprintf("action %s applies to %s, which none of the statement's resources can be",
				act.Name, typeNames(act)))
		}
	}
	return out
}

func anyResourceIsStar(resources []string) bool {
	for _, r := range resources {
		if MatchARN(r, "*") != False {
			return true
		}
	}
	return false
}

// knownSkeleton replaces every unknown token by one private-use rune, so
// that the token's name does not count as written text.
func knownSkeleton(s string) string {
	if IsKnown(s) {
		return s
	}
	var b strings.Builder
	for _, sy := range symbols(s) {
		if sy.tok != "" {
			b.WriteString(unknownOpen)
		} else {
			b.WriteRune(sy.r)
		}
	}
	return b.String()
}

func anyResourceFits(act *catalog.Action, resources []string) bool {
	for _, r := range resources {
		if r == "*" || !IsKnown(r) && !strings.HasPrefix(r, "arn:") {
			return true
		}
		shape := resourceShape(r)
		for _, rt := range act.ResourceTypes {
			if rt.ARN == "" || shapesMeet(shape, catalogShape(rt.ARN)) {
				return true
			}
		}
	}
	return false
}

func typeNames(act *catalog.Action) string {
	names := make([]string, 0, len(act.ResourceTypes))
	for _, rt := range act.ResourceTypes {
		names = append(names, rt.Name)
	}
	return strings.Join(names, " or ")
}
