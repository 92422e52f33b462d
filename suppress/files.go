package suppress

import "strings"

// files reads each file once and keeps its lines.
type files struct {
	read  func(string) ([]byte, error)
	cache map[string][]string
}

func newFiles(read func(string) ([]byte, error)) *files {
	return &files{read: read, cache: map[string][]string{}}
}

// lines returns a file's lines; an unreadable file has none, so nothing in
// it is suppressed.
func (f *files) lines(path string) []string {
	if l, ok := f.cache[path]; ok {
		return l
	}
	data, err := f.read(path)
	var l []string
	if err == nil {
		l = strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	}
	f.cache[path] = l
	return l
}
