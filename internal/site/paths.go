package site

// PathStep places a page on a learning path: which path, where on it, and
// its neighbours there.
type PathStep struct {
	Path       *Page
	Index      int // 1-based
	Total      int
	Prev, Next *Page
}

// assemblePaths tells every page that is a step of a learning path where
// it stands on that path, so the page can offer the path's previous and
// next steps. A page on several paths gets one PathStep per path, in the
// paths' output order.
func (s *Site) assemblePaths() {
	for _, p := range s.Pages {
		if p.Doc == nil || p.Doc.LearningPath == nil {
			continue
		}
		var steps []*Page
		for _, st := range p.Doc.LearningPath.Steps {
			if q := s.TargetPage(p.Doc.Path, st.Ref); q != nil {
				steps = append(steps, q)
			}
		}
		for i, q := range steps {
			ps := PathStep{Path: p, Index: i + 1, Total: len(steps)}
			if i > 0 {
				ps.Prev = steps[i-1]
			}
			if i+1 < len(steps) {
				ps.Next = steps[i+1]
			}
			q.Paths = append(q.Paths, ps)
		}
	}
}
