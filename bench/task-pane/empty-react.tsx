// The baseline of the task pane benchmark: the smallest React page that
// renders something, built and served the same way as the pane.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('pane');
if (root !== null) createRoot(root).render(<h1>Ready</h1>);
