;;; copydesk.el --- copydesk prose linter and fact checker through Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: languages, wp, tools

;;; Commentary:

;; Registers the copydesk language server (`copydesk lsp') with Eglot for
;; Markdown, plain text, MDX, HTML, AsciiDoc, reStructuredText, LaTeX, Org,
;; Typst and git commit messages (see `copydesk-modes').  Findings (spelling, style, unsourced statistics,
;; relative time words, outdated claims) appear through Flymake; fixes are
;; code actions (M-x eglot-code-actions).
;;
;;   (add-to-list 'load-path "/path/to/copydesk/editors/emacs")
;;   (require 'copydesk)
;;   (add-hook 'markdown-mode-hook #'eglot-ensure)   ; start it automatically
;;
;; Settings: `copydesk-program' (the binary) and `copydesk-settings' (the
;; "copydesk" settings section: the model of .copydesk.json), sent as
;; initializationOptions and answered to workspace/configuration unless
;; `eglot-workspace-configuration' has a :copydesk section of its own.

;;; Code:

(require 'cl-lib)
(require 'eglot)

(defgroup copydesk nil
  "copydesk prose linter and fact checker."
  :group 'tools
  :prefix "copydesk-")

(defcustom copydesk-program "copydesk"
  "The copydesk binary: a name looked up on `exec-path' or a file name."
  :type 'string)

(defcustom copydesk-settings nil
  "Editor settings sent to the copydesk server, as a plist.
The same model as .copydesk.json, for example
  (:rules (:style/* \"hint\" :facts/relative-time \"off\")
   :spelling (:language \"en_GB\" :words [\"hrtimer\"])
   :asOf \"2026-01-31\")
Lists of words are vectors.  The settings win over .copydesk.json."
  :type '(plist :key-type symbol :value-type sexp))

(defcustom copydesk-modes
  '((markdown-mode :language-id "markdown")
    (gfm-mode :language-id "markdown")
    (mdx-mode :language-id "mdx")
    (html-mode :language-id "html")
    (mhtml-mode :language-id "html")
    (adoc-mode :language-id "asciidoc")
    (rst-mode :language-id "restructuredtext")
    (latex-mode :language-id "latex")
    (LaTeX-mode :language-id "latex")
    (org-mode :language-id "org")
    (typst-mode :language-id "typst")
    (typst-ts-mode :language-id "typst")
    (text-mode :language-id "plaintext"))
  "Major modes copydesk is registered for in `eglot-server-programs'.
Eglot matches derived modes too: a mode derived from `text-mode' that has
no server of its own gets copydesk.  A commit message (magit's
git-commit-mode is a minor mode over `text-mode') is told apart by its
file name, COMMIT_EDITMSG."
  :type '(repeat sexp))

(defclass copydesk-eglot-server (eglot-lsp-server) ()
  :documentation "The copydesk language server.")

(defun copydesk--program ()
  "The absolute file name of `copydesk-program', or signal a clear error."
  (let ((program (if (file-name-absolute-p copydesk-program)
                     (and (file-executable-p copydesk-program) copydesk-program)
                   (executable-find copydesk-program))))
    (or program
        (user-error "copydesk: cannot find the copydesk binary `%s'; build it (scripts/run --version) \
and put it on PATH, or set `copydesk-program' to its file name" copydesk-program))))

(defun copydesk--contact (&optional _interactive)
  "The Eglot contact for copydesk: its server class, program and arguments."
  (list 'copydesk-eglot-server (copydesk--program) "lsp"))

(cl-defmethod eglot-initialization-options ((_server copydesk-eglot-server))
  "Send `copydesk-settings' as initializationOptions."
  (or copydesk-settings eglot--{}))

(cl-defmethod eglot-handle-request
  ((_server copydesk-eglot-server) (_method (eql workspace/configuration)) &key items)
  "Answer the \"copydesk\" section with `copydesk-settings' when
`eglot-workspace-configuration' has none."
  (let ((answers (cl-call-next-method)))
    (cl-loop for item across (if (vectorp items) items (vconcat items))
             for i from 0
             when (and (equal (plist-get item :section) "copydesk")
                       (null (aref answers i)))
             do (aset answers i copydesk-settings))
    answers))

;;;###autoload
(defun copydesk-register ()
  "Register copydesk in `eglot-server-programs' (done when copydesk is loaded)."
  (interactive)
  (setq eglot-server-programs
        (cons (cons copydesk-modes #'copydesk--contact)
              (cl-remove #'copydesk--contact eglot-server-programs :key #'cdr))))

(defun copydesk-update-settings (settings)
  "Set `copydesk-settings' to SETTINGS and tell the running copydesk servers."
  (setq copydesk-settings settings)
  (dolist (servers (hash-table-values eglot--servers-by-project))
    (dolist (server servers)
      (when (object-of-class-p server 'copydesk-eglot-server)
        (eglot-signal-didChangeConfiguration server)))))

(copydesk-register)

(provide 'copydesk)
;;; copydesk.el ends here
