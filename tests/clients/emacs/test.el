;;; test.el --- batch test of editors/emacs/copydesk.el with Eglot and Flymake  -*- lexical-binding: t; -*-

;; Run by tests/clients/emacs/run.sh (environment: COPYDESK_BIN, COPYDESK_REPO,
;; COPYDESK_WORK — a scratch folder holding article.md).  Opens the article in
;; markdown-mode, starts Eglot, waits for the Flymake diagnostics and checks the
;; spelling one (line 3, column 11, "concensus").

;;; Code:

(require 'package)
(package-activate-all)                  ; Debian's elpa-eglot, elpa-markdown-mode

(defun copydesk-test--log (format-string &rest args)
  (princ (concat "emacs-test: " (apply #'format format-string args) "\n") #'external-debugging-output))

(defun copydesk-test--fail (format-string &rest args)
  (copydesk-test--log "FAIL: %s" (apply #'format format-string args))
  (kill-emacs 1))

(defun copydesk-test--wait (what seconds predicate)
  (let ((deadline (+ (float-time) seconds)) result)
    (while (and (not (setq result (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (or result (copydesk-test--fail "timed out after %ss waiting for %s" seconds what))))

(let* ((bin (or (getenv "COPYDESK_BIN") (copydesk-test--fail "COPYDESK_BIN is not set")))
       (repo (getenv "COPYDESK_REPO"))
       (work (file-name-as-directory (getenv "COPYDESK_WORK")))
       (file (expand-file-name "article.md" work)))
  (copydesk-test--log "Emacs %s" emacs-version)
  (unless (require 'eglot nil t)
    (copydesk-test--fail "Eglot is not installed (Debian package elpa-eglot)"))
  (unless (require 'markdown-mode nil t)
    (copydesk-test--fail "markdown-mode is not installed (Debian package elpa-markdown-mode)"))
  (add-to-list 'load-path (expand-file-name "editors/emacs" repo))
  (require 'copydesk)
  (setq copydesk-program bin
        copydesk-settings '(:rules (:facts/relative-time "hint") :spelling (:words ["hrtimer"])))
  (unless (eq (cdr (car eglot-server-programs)) #'copydesk--contact)
    (copydesk-test--fail "copydesk is not registered in eglot-server-programs"))

  (find-file file)
  (unless (derived-mode-p 'markdown-mode)
    (copydesk-test--fail "%s opened in %s, not markdown-mode" file major-mode))
  (let ((contact (eglot--guess-contact)))
    (copydesk-test--log "eglot contact: %S %S" (nth 2 contact) (nth 3 contact))
    (apply #'eglot contact))
  (copydesk-test--wait "Eglot to connect" 20 (lambda () (eglot-current-server)))
  (let ((server (eglot-current-server)))
    (unless (object-of-class-p server 'copydesk-eglot-server)
      (copydesk-test--fail "the buffer's server is a %s" (eieio-object-class-name server))))

  (let* ((spelling-p (lambda (d) (string-match-p "concensus" (flymake-diagnostic-text d))))
         (diagnostic
          (copydesk-test--wait
           "the spelling diagnostic through Flymake" 30
           (lambda ()
             (when (and (bound-and-true-p flymake-mode) (null (flymake-running-backends)))
               (flymake-start))
             (cl-find-if spelling-p (flymake-diagnostics))))))
    (dolist (d (flymake-diagnostics))
      (copydesk-test--log "diagnostic %d:%d %s: %s"
                          (line-number-at-pos (flymake-diagnostic-beg d))
                          (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))
                          (flymake-diagnostic-type d) (flymake-diagnostic-text d)))
    (let* ((beg (flymake-diagnostic-beg diagnostic))
           (end (flymake-diagnostic-end diagnostic))
           (line (line-number-at-pos beg))
           (column (save-excursion (goto-char beg) (current-column)))
           (text (buffer-substring-no-properties beg end)))
      (unless (and (= line 3) (= column 11))
        (copydesk-test--fail "spelling diagnostic at line %d column %d, expected line 3 column 11" line column))
      (unless (equal text "concensus")
        (copydesk-test--fail "spelling diagnostic covers %S, expected \"concensus\"" text))
      (unless (memq (flymake-diagnostic-type diagnostic) '(eglot-warning :warning))
        (copydesk-test--fail "spelling diagnostic type %S, expected a warning" (flymake-diagnostic-type diagnostic)))
      (unless (string-match-p "\\[spelling\\]\\|spelling" (flymake-diagnostic-text diagnostic))
        (copydesk-test--log "note: the message does not name the rule: %s" (flymake-diagnostic-text diagnostic))))
    (let ((count (length (flymake-diagnostics))))
      (unless (>= count 3)
        (copydesk-test--fail "%d Flymake diagnostics, expected at least 3" count)))
    ;; copydesk-settings reached the server: relative-time is a hint (a note).
    (let ((relative (cl-find-if (lambda (d) (string-match-p "Right now" (flymake-diagnostic-text d)))
                                (flymake-diagnostics))))
      (unless (and relative (eq (flymake-diagnostic-type relative) 'eglot-note))
        (copydesk-test--fail "the relative-time diagnostic is %S, expected eglot-note (a hint, from copydesk-settings)"
                             (and relative (flymake-diagnostic-type relative))))))

  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (copydesk-test--log "PASS")
  (kill-emacs 0))

;;; test.el ends here
