package source

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxFileSize bounds what denylint reads of any one file, so that a
// stray data file cannot exhaust memory.
const MaxFileSize = 20 << 20

// Errors of ReadFile that are about the file rather than I/O.
var (
	ErrTooLarge   = errors.New("file too large")
	ErrNotRegular = errors.New("not a regular file")
)

// ReadFile reads a regular file of at most limit bytes. A named pipe or
// device is refused before it is opened for reading, since reading one
// may never end; the size is checked on the open file, so a file that
// grows meanwhile is still cut at the limit.
func ReadFile(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", path, ErrNotRegular)
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%s is %d bytes, more than the %d denylint reads: %w", path, st.Size(), limit, ErrTooLarge)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s grew past the %d bytes denylint reads: %w", path, limit, ErrTooLarge)
	}
	return data, nil
}
