// Package iam decides AWS authorization requests offline: it normalises
// policy documents, matches actions, ARNs and principals (with values the
// configuration leaves unknown), evaluates condition operators, and walks
// every policy layer the way AWS's evaluation logic does, explaining the
// answer in the shape of AWS's enhanced access-denied messages.
package iam
