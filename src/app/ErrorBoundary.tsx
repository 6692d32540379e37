/** Turns a rendering crash into a readable message instead of a blank page. */
import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="status" role="alert">
        <h1>Something went wrong · Đã xảy ra lỗi</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href="./">Reload without the link's parameters · Tải lại trang</a>
        </p>
      </div>
    );
  }
}
