package model

import (
	"strings"

	"github.com/denylint/denylint/source"
)

// Sources is the side table from what rules name to where it was written.
// Keys are an address, optionally followed by "#" and an attribute path
// ("aws_s3_bucket.rec#server_side_encryption_configuration.rule"), or a
// statement ID.
type Sources struct {
	ranges map[string]source.Range
	// callers holds the module call chain of an address, outermost first.
	callers map[string][]source.Range
	// notes holds extra context shown beside a location, such as a CDK
	// construct path.
	notes map[string]string
	// trees locates the paths under one path of an address (see SetTree).
	trees map[string]rootedTree
}

// NewSources returns an empty table.
func NewSources() *Sources {
	return &Sources{
		ranges:  map[string]source.Range{},
		callers: map[string][]source.Range{},
		notes:   map[string]string{},
	}
}

// SourceKey builds the key of an attribute path under an address.
func SourceKey(address, path string) string {
	if path == "" {
		return address
	}
	return address + "#" + path
}

// Set records where address (and path, when not empty) was written.
func (s *Sources) Set(address, path string, r source.Range) {
	s.ranges[SourceKey(address, path)] = r
}

// SetCallers records the module call chain of an address.
func (s *Sources) SetCallers(address string, callers []source.Range) {
	s.callers[address] = callers
}

// Callers returns the module call chain of an address, outermost first.
func (s *Sources) Callers(address string) []source.Range {
	return s.callers[address]
}

// SetNote attaches a note, such as a CDK construct path, to an address.
func (s *Sources) SetNote(address, note string) { s.notes[address] = note }

// Note returns the note of an address.
func (s *Sources) Note(address string) string { return s.notes[address] }

// Lookup returns where address#path was written. An absent attribute falls
// back to its nearest enclosing block: the path is shortened one segment at
// a time, then the address alone is tried.
func (s *Sources) Lookup(address, path string) (source.Range, bool) {
	for {
		if r, ok := s.ranges[SourceKey(address, path)]; ok {
			return r, true
		}
		if r, ok := s.inTree(address, path); ok {
			return r, true
		}
		if path == "" {
			return source.Range{}, false
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			path = ""
		} else {
			path = path[:i]
		}
	}
}
