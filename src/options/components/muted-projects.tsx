/** Per-project mute: one checkbox per project the cache knows (muting acts at once). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n.ts';
import { sendMessage } from '../../platform/send-message.ts';

interface ProjectMute {
  projectId: string;
  name: string;
  muted: boolean;
}

export function MutedProjects() {
  const [projects, setProjects] = useState<ProjectMute[] | null>(null);
  useEffect(() => {
    sendMessage('popup/rows', {}).then((state) => {
      const byId = new Map<string, ProjectMute>();
      for (const row of state.rows) byId.set(row.projectId, { projectId: row.projectId, name: row.projectName, muted: row.muted });
      setProjects([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    }, () => setProjects([]));
  }, []);

  async function toggle(project: ProjectMute, muted: boolean): Promise<void> {
    const result = await sendMessage('project/mute', { projectId: project.projectId, muted });
    if (result.ok) setProjects((list) => list?.map((p) => (p.projectId === project.projectId ? { ...p, muted } : p)) ?? null);
  }

  return (
    <fieldset>
      <legend>{t('options_mutedProjects')}</legend>
      {projects?.length === 0 ? <p class="note">{t('options_noProjects')}</p> : null}
      {projects?.map((project) => (
        <label key={project.projectId} class="check">
          <input type="checkbox" checked={project.muted} onChange={(e) => void toggle(project, e.currentTarget.checked)} />
          {project.name}
        </label>
      ))}
    </fieldset>
  );
}
